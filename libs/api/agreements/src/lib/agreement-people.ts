import { type SignerCandidate } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

interface CandidateRow {
  contactId: string | null;
  userId: string | null;
  name: string;
  email: string;
  language: 'en' | 'da' | null;
}

/** A signer candidate with the language to write to them in. */
export interface SignerPerson extends SignerCandidate {
  language: 'en' | 'da';
}

/**
 * The people who may sign for the company: its contact people with an e-mail and its active SME
 * users, one per e-mail (a contact who also has an account carries both ids). Contacts without an
 * account get the company country's language (Danish for DK).
 */
export async function signerCandidates(
  manager: EntityManager,
  companyId: string,
): Promise<SignerPerson[]> {
  const rows = (await manager.query(
    `SELECT cc.id AS "contactId", u.id AS "userId", COALESCE(u.name, cc.name) AS name,
            COALESCE(cc.email, u.email) AS email,
            COALESCE(u.language, CASE WHEN trim(c.country) = 'DK' THEN 'da' ELSE 'en' END) AS language
       FROM company c
       JOIN company_contact cc ON cc.company_id = c.id AND cc.email IS NOT NULL
       LEFT JOIN app_user u ON u.email = cc.email AND u.company_id = c.id AND u.role = 'sme' AND u.active
      WHERE c.id = $1
     UNION ALL
     SELECT NULL, u.id, u.name, u.email, u.language
       FROM app_user u
      WHERE u.company_id = $1 AND u.role = 'sme' AND u.active
        AND NOT EXISTS (SELECT 1 FROM company_contact cc WHERE cc.company_id = $1 AND cc.email = u.email)
      ORDER BY name, email`,
    [companyId],
  )) as CandidateRow[];
  return rows.map((row) => ({ ...row, language: row.language ?? 'da' }));
}

/** Whether `userId` is an active expert of the programme. */
export async function isActiveExpert(
  manager: EntityManager,
  programmeId: string,
  userId: string,
): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM app_user WHERE id = $1 AND programme_id = $2 AND role = 'expert' AND active`,
    [userId, programmeId],
  )) as unknown[];
  return rows.length > 0;
}
