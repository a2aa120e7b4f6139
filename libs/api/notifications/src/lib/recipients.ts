import { type Recipient } from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';

/**
 * Who a notification goes to: a role of the case (the lifecycle's `Recipient`), or the expert
 * responsible for one activity (activity reminders).
 */
export type RecipientRole = Recipient | 'activityExpert';

/** The case facts notifications need: who takes part, and what the texts mention. */
export interface NotifiedCase {
  caseId: string;
  state: string;
  version: number;
  coordinatorId: string | null;
  companyId: string;
  companyName: string;
  timeZone: string;
}

export async function loadNotifiedCase(
  manager: EntityManager,
  caseId: string,
): Promise<NotifiedCase | null> {
  const [found] = (await manager.query(
    `SELECT c.id AS "caseId", c.state, c.version, c.coordinator_id AS "coordinatorId",
            c.company_id AS "companyId", co.name AS "companyName", p.time_zone AS "timeZone"
       FROM case_file c
       JOIN company co ON co.id = c.company_id
       JOIN programme p ON p.id = c.programme_id
      WHERE c.id = $1`,
    [caseId],
  )) as NotifiedCase[];
  return found ?? null;
}

/**
 * The active users behind the recipient roles, each once, in a stable order. SME signers are the
 * not-yet-signed signers (with an account) of the version out for signature; without one, every
 * SME user of the company.
 */
export async function resolveRecipients(
  manager: EntityManager,
  notified: NotifiedCase,
  roles: readonly RecipientRole[],
  activityExpertId: string | null = null,
): Promise<string[]> {
  const ids = new Set<string>();
  for (const role of roles) {
    for (const id of await idsOf(manager, notified, role, activityExpertId)) ids.add(id);
  }
  if (ids.size === 0) return [];
  const active = (await manager.query(
    `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND active ORDER BY id`,
    [[...ids]],
  )) as { id: string }[];
  return active.map((row) => row.id);
}

async function idsOf(
  manager: EntityManager,
  notified: NotifiedCase,
  role: RecipientRole,
  activityExpertId: string | null,
): Promise<string[]> {
  const column = async (sql: string, params: unknown[]) =>
    ((await manager.query(sql, params)) as { id: string }[]).map((row) => row.id);
  switch (role) {
    case 'coordinator':
      return notified.coordinatorId ? [notified.coordinatorId] : [];
    case 'activityExpert':
      return activityExpertId ? [activityExpertId] : [];
    case 'experts':
      return column(`SELECT expert_id AS id FROM case_expert WHERE case_id = $1`, [
        notified.caseId,
      ]);
    case 'smeSigners': {
      const signers = await column(
        `SELECT s.user_id AS id
           FROM agreement_signer s JOIN agreement_version v ON v.id = s.version_id
          WHERE v.case_id = $1 AND v.status = 'sent' AND s.user_id IS NOT NULL
            AND s.signed_at IS NULL AND s.declined_at IS NULL`,
        [notified.caseId],
      );
      if (signers.length > 0) return signers;
      return column(`SELECT id FROM app_user WHERE company_id = $1 AND role = 'sme'`, [
        notified.companyId,
      ]);
    }
    case 'smeContacts':
      return column(`SELECT id FROM app_user WHERE company_id = $1 AND role = 'sme'`, [
        notified.companyId,
      ]);
    default: {
      const unknown: never = role;
      throw new Error(`Unknown notification recipient "${String(unknown)}".`);
    }
  }
}
