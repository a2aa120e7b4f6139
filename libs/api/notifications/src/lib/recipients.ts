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
  return (await loadNotifiedCases(manager, [caseId])).get(caseId) ?? null;
}

/** {@link loadNotifiedCase} for many cases in one query; a case that is gone is not in the map. */
export async function loadNotifiedCases(
  manager: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, NotifiedCase>> {
  if (caseIds.length === 0) return new Map();
  const found = (await manager.query(
    `SELECT c.id AS "caseId", c.state, c.version, c.coordinator_id AS "coordinatorId",
            c.company_id AS "companyId", co.name AS "companyName", p.time_zone AS "timeZone"
       FROM case_file c
       JOIN company co ON co.id = c.company_id
       JOIN programme p ON p.id = c.programme_id
      WHERE c.id = ANY($1::uuid[])`,
    [[...new Set(caseIds)]],
  )) as NotifiedCase[];
  return new Map(found.map((row) => [row.caseId, row]));
}

/** Whom to notify about one case: the roles, and the activity's expert for `activityExpert`. */
export interface RecipientRequest {
  notified: NotifiedCase;
  roles: readonly RecipientRole[];
  activityExpertId?: string | null;
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
  const [ids] = await resolveManyRecipients(manager, [{ notified, roles, activityExpertId }]);
  return ids ?? [];
}

/**
 * {@link resolveRecipients} for many requests with a handful of queries (not a few per request):
 * resolves to one id list per request, in the requests' order.
 */
export async function resolveManyRecipients(
  manager: EntityManager,
  requests: readonly RecipientRequest[],
): Promise<string[][]> {
  const wants = (role: RecipientRole) =>
    requests.filter((request) => request.roles.includes(role)).map((r) => r.notified);
  // One after the other: they share the caller's connection (its transaction).
  const experts = await grouped(
    manager,
    `SELECT case_id AS key, expert_id AS id FROM case_expert WHERE case_id = ANY($1::uuid[])`,
    wants('experts').map((c) => c.caseId),
  );
  const signers = await grouped(
    manager,
    `SELECT v.case_id AS key, s.user_id AS id
         FROM agreement_signer s JOIN agreement_version v ON v.id = s.version_id
        WHERE v.case_id = ANY($1::uuid[]) AND v.status = 'sent' AND s.user_id IS NOT NULL
          AND s.signed_at IS NULL AND s.declined_at IS NULL`,
    wants('smeSigners').map((c) => c.caseId),
  );
  const smeUsers = await grouped(
    manager,
    `SELECT company_id AS key, id FROM app_user WHERE company_id = ANY($1::uuid[]) AND role = 'sme'`,
    [...wants('smeSigners'), ...wants('smeContacts')].map((c) => c.companyId),
  );

  const wanted = requests.map(({ notified, roles, activityExpertId }) => {
    const ids = new Set<string>();
    const add = (list: readonly string[] | undefined) => list?.forEach((id) => ids.add(id));
    for (const role of roles) {
      switch (role) {
        case 'coordinator':
          if (notified.coordinatorId) ids.add(notified.coordinatorId);
          break;
        case 'activityExpert':
          if (activityExpertId) ids.add(activityExpertId);
          break;
        case 'experts':
          add(experts.get(notified.caseId));
          break;
        case 'smeSigners': {
          const pending = signers.get(notified.caseId);
          add(pending?.length ? pending : smeUsers.get(notified.companyId));
          break;
        }
        case 'smeContacts':
          add(smeUsers.get(notified.companyId));
          break;
        default: {
          const unknown: never = role;
          throw new Error(`Unknown notification recipient "${String(unknown)}".`);
        }
      }
    }
    return ids;
  });
  const active = await activeUsers(
    manager,
    wanted.flatMap((ids) => [...ids]),
  );
  return wanted.map((ids) => [...ids].filter((id) => active.has(id)).sort());
}

/** Which of these users are active. */
export async function activeUsers(
  manager: EntityManager,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = (await manager.query(
    `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND active`,
    [[...new Set(userIds)]],
  )) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

/** Runs a `key, id` query for the keys (none: no query) and groups the ids by key. */
async function grouped(
  manager: EntityManager,
  sql: string,
  keys: readonly string[],
): Promise<Map<string, string[]>> {
  const byKey = new Map<string, string[]>();
  if (keys.length === 0) return byKey;
  const rows = (await manager.query(sql, [[...new Set(keys)]])) as { key: string; id: string }[];
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  return byKey;
}
