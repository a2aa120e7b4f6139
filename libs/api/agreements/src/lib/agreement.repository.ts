import {
  type AgreementVersionStatus,
  type CaseCompanyRef,
  type RefSummary,
} from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

export interface VersionRow {
  id: string;
  caseId: string;
  number: number;
  status: AgreementVersionStatus;
  amendsVersionId: string | null;
  amendsVersionNumber: number | null;
  title: string;
  summary: string;
  goals: string;
  ndaClause: string | null;
  documentHash: string | null;
  sentAt: Date | null;
  sentBy: RefSummary | null;
  signingExpiresAt: Date | null;
  countersignedAt: Date | null;
  countersignedBy: RefSummary | null;
  inForceAt: Date | null;
  closedReason: string | null;
  rowVersion: number;
  hasSignedPdf: boolean;
  updatedAt: Date;
}

export interface UpgradeRow {
  id: string;
  lineageId: string;
  position: number;
  title: string;
  description: string;
  category: string;
  expert: RefSummary | null;
  expertActive: boolean;
  plannedHours: number | null;
  targetDate: string | null;
  suggestionKey: string | null;
}

export interface SignerRow {
  id: string;
  versionId: string;
  contactId: string | null;
  userId: string | null;
  name: string;
  email: string;
  language: 'en' | 'da';
  linkExpiresAt: Date | null;
  linkStatus: 'pending' | 'active' | 'used' | 'recalled' | 'superseded';
  signedAt: Date | null;
  signedName: string | null;
  signedIp: string | null;
  signedUserAgent: string | null;
  signedHash: string | null;
  declinedAt: Date | null;
  declineReason: string | null;
}

/** The upgrade fields a draft stores. */
export interface UpgradeValues {
  title: string;
  description: string;
  category: string;
  expertId: string | null;
  plannedHours: number | null;
  targetDate: string | null;
  suggestionKey: string | null;
}

export interface NewSigner {
  contactId: string | null;
  userId: string | null;
  name: string;
  email: string;
  language: 'en' | 'da';
}

/** What the document and the e-mails say about the case. */
export interface CaseDocumentContext {
  programmeName: string;
  programmeCountry: string;
  programmeTimeZone: string;
  settings: { signingLinkDays?: unknown; agreementBudgetHours?: unknown } | null;
  company: CaseCompanyRef;
  companyAddress: string;
  coordinator: (RefSummary & { email: string; language: 'en' | 'da' }) | null;
}

const VERSION_COLUMNS = `v.id, v.case_id AS "caseId", v.number, v.status,
  v.amends_version_id AS "amendsVersionId", av.number AS "amendsVersionNumber",
  v.title, v.summary, v.goals, v.nda_clause AS "ndaClause", v.document_hash AS "documentHash",
  v.sent_at AS "sentAt", v.signing_expires_at AS "signingExpiresAt",
  CASE WHEN sb.id IS NULL THEN NULL ELSE json_build_object('id', sb.id, 'name', sb.name) END AS "sentBy",
  v.countersigned_at AS "countersignedAt",
  CASE WHEN cb.id IS NULL THEN NULL ELSE json_build_object('id', cb.id, 'name', cb.name) END AS "countersignedBy",
  v.in_force_at AS "inForceAt", v.closed_reason AS "closedReason", v.row_version AS "rowVersion",
  (v.signed_pdf IS NOT NULL) AS "hasSignedPdf", v.updated_at AS "updatedAt"`;

const VERSION_FROM = `FROM agreement_version v
  LEFT JOIN agreement_version av ON av.id = v.amends_version_id
  LEFT JOIN app_user sb ON sb.id = v.sent_by
  LEFT JOIN app_user cb ON cb.id = v.countersigned_by`;

const SIGNER_COLUMNS = `s.id, s.version_id AS "versionId", s.contact_id AS "contactId",
  s.user_id AS "userId", s.name, s.email, s.language, s.link_expires_at AS "linkExpiresAt",
  s.link_status AS "linkStatus", s.signed_at AS "signedAt", s.signed_name AS "signedName",
  s.signed_ip AS "signedIp", s.signed_user_agent AS "signedUserAgent", s.signed_hash AS "signedHash",
  s.declined_at AS "declinedAt", s.decline_reason AS "declineReason"`;

/** The SQL of agreement versions, upgrades and signers, on one entity manager. */
export class AgreementRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  private async one<T>(sql: string, params: unknown[] = []): Promise<T | null> {
    const [row] = await this.rows<T>(sql, params);
    return row ?? null;
  }

  async versions(caseId: string): Promise<VersionRow[]> {
    return this.rows<VersionRow>(
      `SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.case_id = $1 ORDER BY v.number DESC`,
      [caseId],
    );
  }

  async versionByNumber(caseId: string, number: number, lock = false): Promise<VersionRow | null> {
    return this.one<VersionRow>(
      `SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.case_id = $1 AND v.number = $2
       ${lock ? 'FOR UPDATE OF v' : ''}`,
      [caseId, number],
    );
  }

  async versionById(id: string): Promise<VersionRow | null> {
    return this.one<VersionRow>(`SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.id = $1`, [id]);
  }

  /** The case's version with one of `statuses` (the unique indexes allow at most one each). */
  async versionWithStatus(
    caseId: string,
    statuses: readonly AgreementVersionStatus[],
    lock = false,
  ): Promise<VersionRow | null> {
    return this.one<VersionRow>(
      `SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.case_id = $1 AND v.status = ANY($2::text[])
        ORDER BY v.number DESC LIMIT 1 ${lock ? 'FOR UPDATE OF v' : ''}`,
      [caseId, statuses],
    );
  }

  async latestVersion(caseId: string): Promise<VersionRow | null> {
    return this.one<VersionRow>(
      `SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.case_id = $1 ORDER BY v.number DESC LIMIT 1`,
      [caseId],
    );
  }

  async insertDraft(values: {
    caseId: string;
    amendsVersionId: string | null;
    title: string;
    summary: string;
    goals: string;
    ndaClause: string | null;
    createdBy: string | null;
  }): Promise<string> {
    const row = await this.one<{ id: string }>(
      `INSERT INTO agreement_version (case_id, number, amends_version_id, title, summary, goals, nda_clause, created_by)
       VALUES ($1, (SELECT COALESCE(max(number), 0) + 1 FROM agreement_version WHERE case_id = $1),
               $2, $3, $4, $5, $6, $7)
       RETURNING id`,
      [
        values.caseId,
        values.amendsVersionId,
        values.title,
        values.summary,
        values.goals,
        values.ndaClause,
        values.createdBy,
      ],
    );
    if (!row) throw new Error('INSERT INTO agreement_version returned no row');
    return row.id;
  }

  /** Copies the upgrades (same lineage) and the signers (fresh links) of one version to a draft. */
  async copyContent(fromVersionId: string, toVersionId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO agreement_upgrade (version_id, lineage_id, position, title, description, category,
                                      expert_id, planned_hours, target_date, suggestion_key)
       SELECT $2, lineage_id, position, title, description, category, expert_id, planned_hours,
              target_date, suggestion_key
         FROM agreement_upgrade WHERE version_id = $1`,
      [fromVersionId, toVersionId],
    );
    await this.manager.query(
      `INSERT INTO agreement_signer (version_id, contact_id, user_id, name, email, language)
       SELECT $2, contact_id, user_id, name, email, language FROM agreement_signer WHERE version_id = $1`,
      [fromVersionId, toVersionId],
    );
  }

  async updateDraftText(
    versionId: string,
    values: { title: string; summary: string; goals: string; ndaClause: string | null },
  ): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_version
          SET title = $2, summary = $3, goals = $4, nda_clause = $5,
              row_version = row_version + 1, updated_at = now()
        WHERE id = $1 AND status = 'draft'`,
      [versionId, values.title, values.summary, values.goals, values.ndaClause],
    );
  }

  async touch(versionId: string): Promise<void> {
    await this.manager.query(`UPDATE agreement_version SET updated_at = now() WHERE id = $1`, [
      versionId,
    ]);
  }

  async upgrades(versionId: string): Promise<UpgradeRow[]> {
    const rows = await this.rows<
      Omit<UpgradeRow, 'plannedHours'> & { plannedHours: string | null }
    >(
      `SELECT u.id, u.lineage_id AS "lineageId", u.position, u.title, u.description, u.category,
              CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object('id', e.id, 'name', e.name) END AS expert,
              COALESCE(e.active AND e.role = 'expert', false) AS "expertActive",
              u.planned_hours AS "plannedHours", to_char(u.target_date, 'YYYY-MM-DD') AS "targetDate",
              u.suggestion_key AS "suggestionKey"
         FROM agreement_upgrade u LEFT JOIN app_user e ON e.id = u.expert_id
        WHERE u.version_id = $1
        ORDER BY u.position, u.created_at, u.id`,
      [versionId],
    );
    return rows.map((row) => ({
      ...row,
      plannedHours: row.plannedHours === null ? null : Number(row.plannedHours),
    }));
  }

  async insertUpgrade(versionId: string, values: UpgradeValues): Promise<string> {
    const row = await this.one<{ id: string }>(
      `INSERT INTO agreement_upgrade (version_id, position, title, description, category, expert_id,
                                      planned_hours, target_date, suggestion_key)
       VALUES ($1, (SELECT COALESCE(max(position) + 1, 0) FROM agreement_upgrade WHERE version_id = $1),
               $2, $3, $4, $5, $6, $7, $8)
       RETURNING id`,
      [
        versionId,
        values.title,
        values.description,
        values.category,
        values.expertId,
        values.plannedHours,
        values.targetDate,
        values.suggestionKey,
      ],
    );
    if (!row) throw new Error('INSERT INTO agreement_upgrade returned no row');
    return row.id;
  }

  async updateUpgrade(upgradeId: string, values: UpgradeValues): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_upgrade
          SET title = $2, description = $3, category = $4, expert_id = $5, planned_hours = $6,
              target_date = $7, updated_at = now()
        WHERE id = $1`,
      [
        upgradeId,
        values.title,
        values.description,
        values.category,
        values.expertId,
        values.plannedHours,
        values.targetDate,
      ],
    );
  }

  async deleteUpgrade(upgradeId: string): Promise<void> {
    await this.manager.query(`DELETE FROM agreement_upgrade WHERE id = $1`, [upgradeId]);
  }

  /** Stores the order of a draft's upgrades as given (ids first to last). */
  async reorderUpgrades(versionId: string, orderedIds: readonly string[]): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_upgrade u SET position = o.n - 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n)
        WHERE u.id = o.id AND u.version_id = $1 AND u.position <> o.n - 1`,
      [versionId, orderedIds],
    );
  }

  async signers(versionId: string, lock = false): Promise<SignerRow[]> {
    return this.rows<SignerRow>(
      `SELECT ${SIGNER_COLUMNS} FROM agreement_signer s WHERE s.version_id = $1
        ORDER BY s.created_at, s.name, s.id ${lock ? 'FOR UPDATE OF s' : ''}`,
      [versionId],
    );
  }

  async signerByTokenHash(tokenHash: string, lock = false): Promise<SignerRow | null> {
    return this.one<SignerRow>(
      `SELECT ${SIGNER_COLUMNS} FROM agreement_signer s WHERE s.token_hash = $1
       ${lock ? 'FOR UPDATE OF s' : ''}`,
      [tokenHash],
    );
  }

  async replaceSigners(versionId: string, signers: readonly NewSigner[]): Promise<void> {
    await this.manager.query(`DELETE FROM agreement_signer WHERE version_id = $1`, [versionId]);
    for (const signer of signers) {
      await this.manager.query(
        `INSERT INTO agreement_signer (version_id, contact_id, user_id, name, email, language)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [versionId, signer.contactId, signer.userId, signer.name, signer.email, signer.language],
      );
    }
  }

  /** Freezes a draft as sent: the document and its hash, and when the links expire. */
  async markSent(
    versionId: string,
    values: { pdf: Buffer; hash: string; sentAt: Date; sentBy: string | null; expiresAt: Date },
  ): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_version
          SET status = 'sent', document_pdf = $2, document_hash = $3, sent_at = $4, sent_by = $5,
              signing_expires_at = $6, updated_at = now()
        WHERE id = $1 AND status = 'draft'`,
      [versionId, values.pdf, values.hash, values.sentAt, values.sentBy, values.expiresAt],
    );
  }

  async activateLink(signerId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_signer SET token_hash = $2, link_expires_at = $3, link_status = 'active'
        WHERE id = $1`,
      [signerId, tokenHash, expiresAt],
    );
  }

  async recordSignature(
    signerId: string,
    evidence: { name: string; ip: string | null; userAgent: string | null; hash: string },
  ): Promise<Date> {
    const row = await this.one<{ at: Date }>(
      `WITH signed AS (
         UPDATE agreement_signer
            SET signed_at = now(), signed_name = $2, signed_ip = $3, signed_user_agent = $4,
                signed_hash = $5, link_status = 'used'
          WHERE id = $1 AND signed_at IS NULL AND declined_at IS NULL
          RETURNING signed_at
       ) SELECT signed_at AS at FROM signed`,
      [signerId, evidence.name, evidence.ip, evidence.userAgent, evidence.hash],
    );
    if (!row) throw new Error(`Signer ${signerId} had already answered`);
    return row.at;
  }

  async recordDecline(signerId: string, reason: string): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_signer SET declined_at = now(), decline_reason = $2, link_status = 'used'
        WHERE id = $1 AND signed_at IS NULL AND declined_at IS NULL`,
      [signerId, reason],
    );
  }

  /** Ends the links of a version that were not used: 'recalled' or 'superseded'. */
  async closeLinks(versionId: string, status: 'recalled' | 'superseded'): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_signer SET link_status = $2
        WHERE version_id = $1 AND link_status IN ('pending', 'active')`,
      [versionId, status],
    );
  }

  async setStatus(
    versionId: string,
    status: AgreementVersionStatus,
    closedReason: string | null = null,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_version SET status = $2, closed_reason = COALESCE($3, closed_reason), updated_at = now()
        WHERE id = $1`,
      [versionId, status, closedReason],
    );
  }

  async markInForce(
    versionId: string,
    values: { pdf: Buffer; hash: string; at: Date; by: string | null },
  ): Promise<void> {
    await this.manager.query(
      `UPDATE agreement_version
          SET status = 'in_force', signed_pdf = $2, signed_pdf_hash = $3, countersigned_at = $4,
              countersigned_by = $5, in_force_at = $4, updated_at = now()
        WHERE id = $1 AND status = 'signed'`,
      [versionId, values.pdf, values.hash, values.at, values.by],
    );
  }

  async documentPdf(versionId: string): Promise<Buffer | null> {
    const row = await this.one<{ pdf: Buffer | null }>(
      `SELECT document_pdf AS pdf FROM agreement_version WHERE id = $1`,
      [versionId],
    );
    return row?.pdf ?? null;
  }

  async signedPdf(versionId: string): Promise<Buffer | null> {
    const row = await this.one<{ pdf: Buffer | null }>(
      `SELECT signed_pdf AS pdf FROM agreement_version WHERE id = $1`,
      [versionId],
    );
    return row?.pdf ?? null;
  }

  async documentContext(caseId: string): Promise<CaseDocumentContext> {
    const row = await this.one<CaseDocumentContext>(
      `SELECT p.name AS "programmeName", trim(p.country) AS "programmeCountry",
              p.time_zone AS "programmeTimeZone", p.settings,
              json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                                'country', trim(c.country)) AS company,
              concat_ws(', ', NULLIF(c.address_line, ''),
                        NULLIF(concat_ws(' ', NULLIF(c.postal_code, ''), NULLIF(c.city, '')), '')) AS "companyAddress",
              CASE WHEN co.id IS NULL THEN NULL
                   ELSE json_build_object('id', co.id, 'name', co.name, 'email', co.email,
                                          'language', co.language) END AS coordinator
         FROM case_file cf
         JOIN programme p ON p.id = cf.programme_id
         JOIN company c ON c.id = cf.company_id
         LEFT JOIN app_user co ON co.id = cf.coordinator_id
        WHERE cf.id = $1`,
      [caseId],
    );
    if (!row) throw new Error(`Case ${caseId} not found for its agreement document`);
    return row;
  }

  async userRef(
    userId: string,
  ): Promise<(RefSummary & { email: string; language: 'en' | 'da' }) | null> {
    return this.one(`SELECT id, name, email, language FROM app_user WHERE id = $1`, [userId]);
  }

  /** The experts named in a version's upgrades, with where to write to them. */
  async upgradeExperts(
    versionId: string,
  ): Promise<(RefSummary & { email: string; language: 'en' | 'da' })[]> {
    return this.rows(
      `SELECT DISTINCT e.id, e.name, e.email, e.language
         FROM agreement_upgrade u JOIN app_user e ON e.id = u.expert_id
        WHERE u.version_id = $1 AND e.active`,
      [versionId],
    );
  }

  async assignExperts(caseId: string, versionId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO case_expert (case_id, expert_id)
       SELECT DISTINCT $1::uuid, expert_id FROM agreement_upgrade
        WHERE version_id = $2 AND expert_id IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [caseId, versionId],
    );
  }
}
