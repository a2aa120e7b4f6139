/**
 * The case trail: one audit event per transition (versions 0…n, as the API writes them), the
 * stage stays the audit trigger would have kept, the outbox rows of each case's last transition
 * (already relayed) and the reminders that relay scheduled from them.
 */
import { type Client } from 'pg';
import { DATE_PLACEHOLDER, EXPERT_PLACEHOLDER, HASH_PLACEHOLDER } from './plan';

/** The case's values in place of the plan's placeholders (in a payload or an effect), as SQL. */
function filled(json: string, at: string): string {
  const quoted = (placeholder: string) => `'"${placeholder}"'`;
  return `replace(replace(replace(replace(replace(${json}::text,
            ${quoted(EXPERT_PLACEHOLDER)}, '"' || c.expert_id || '"'),
            ${quoted(DATE_PLACEHOLDER)}, '"' || to_char(${at} + interval '10 days', 'YYYY-MM-DD') || '"'),
            ${quoted(HASH_PLACEHOLDER)}, '"' || $1::text || '"'),
            '"$company"', '"' || c.company_id || '"'),
            '"$coordinator"', '"' || c.coordinator_id || '"')::jsonb`;
}

export async function insertAuditEvents(client: Client, documentHash: string): Promise<void> {
  const at = `(c.opened_at + (c.last_event_at - c.opened_at) * s.at)`;
  await client.query(
    `INSERT INTO audit_event (case_id, actor_id, event_type, from_state, to_state, payload, version, created_at)
     SELECT c.case_id,
            CASE s.actor WHEN 'expert' THEN c.expert_id WHEN 'sme' THEN c.sme_user_id ELSE c.coordinator_id END,
            s.event_type, s.from_state, s.to_state, ${filled('s.payload', at)}, s.version, ${at}
       FROM bench_case c JOIN bench_step s ON s.path_idx = c.path_idx
      ORDER BY c.n, s.version`,
    [documentHash],
  );
}

/** What the audit trigger keeps (migration 1795700400000's replay, which the trigger matches). */
export async function insertStageStays(client: Client): Promise<void> {
  await client.query(`
    INSERT INTO case_stage_stay (case_id, programme_id, municipality_id, stage, entered_at, left_at)
    SELECT s.case_id, cf.programme_id, cf.municipality_id, s.stage, s.created_at,
           lead(s.created_at) OVER (PARTITION BY s.case_id ORDER BY s.version)
      FROM (SELECT a.case_id, a.version, a.created_at, split_part(a.to_state, '.', 1) AS stage
              FROM audit_event a
             WHERE a.from_state IS NULL OR split_part(a.from_state, '.', 1) <> split_part(a.to_state, '.', 1)
           ) s
      JOIN case_file cf ON cf.id = s.case_id`);
}

/**
 * The effects of each case's last transition, as relayed outbox rows (earlier transitions' rows
 * are left out: relayed long ago, they only add volume), and the reminders their
 * `scheduleReminder` effects made: sent when due in the past (the dashboard's overdue reminders
 * when the case has not moved since), scheduled otherwise. Due times count business days as
 * 7/5 calendar days (the relay skips Danish holidays too, which matters nothing here).
 */
export async function insertOutboxAndReminders(
  client: Client,
  programmeId: string,
  documentHash: string,
): Promise<void> {
  const at = `c.last_event_at`;
  await client.query(
    `INSERT INTO outbox (case_id, kind, payload, created_at, relayed_at)
     SELECT c.case_id, e.effect->>'type',
            jsonb_build_object('caseId', c.case_id, 'programmeId', $2::uuid, 'caseVersion', s.version,
              'occurredAt', to_char(${at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'effect', ${filled('e.effect', at)}),
            ${at}, ${at} + interval '2 seconds'
       FROM bench_case c
       JOIN bench_path p ON p.idx = c.path_idx
       JOIN bench_step s ON s.path_idx = c.path_idx AND s.version = p.final_version
       CROSS JOIN LATERAL jsonb_array_elements(s.effects) WITH ORDINALITY AS e(effect, ord)
      ORDER BY c.n, e.ord`,
    [documentHash, programmeId],
  );
  await client.query(
    `INSERT INTO reminder (id, case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                           case_version, outbox_id, due_at, status, job_id, created_at, sent_at)
     SELECT r.id, r.case_id, $1, r.kind, r.scope, r.recipient, r.state, r.version, r.outbox_id,
            r.due_at, CASE WHEN r.due_at <= now() THEN 'sent' ELSE 'scheduled' END, r.job_id,
            r.created_at, CASE WHEN r.due_at <= now() THEN r.due_at + interval '3 seconds' END
       FROM (
         SELECT o.case_id, o.id AS outbox_id, o.relayed_at AS created_at,
                o.payload->'effect'->>'kind' AS kind, o.payload->'effect'->>'scope' AS scope,
                o.payload->'effect'->>'to' AS recipient, cf.state,
                (o.payload->>'caseVersion')::int AS version,
                o.created_at + ceil((o.payload->'effect'->'due'->>'amount')::numeric
                  * CASE o.payload->'effect'->'due'->>'unit' WHEN 'businessDays' THEN 1.4 ELSE 1 END)
                  * interval '1 day' AS due_at,
                j.job_id, ${reminderIdSql('j.job_id')} AS id
           FROM outbox o
           JOIN case_file cf ON cf.id = o.case_id
           CROSS JOIN LATERAL (SELECT 'reminder-' || o.case_id || '-' || (o.payload->'effect'->>'kind')
                                      || '-' || (o.payload->>'caseVersion') AS job_id) j
          WHERE o.kind = 'scheduleReminder') r`,
    [programmeId],
  );
}

/** `reminderIdFor` of @techpact/api/reminders in SQL: a name-based UUID from the job id's SHA-256. */
function reminderIdSql(jobId: string): string {
  const h = `encode(sha256(convert_to(${jobId}, 'UTF8')), 'hex')`;
  return `(substr(${h}, 1, 8) || '-' || substr(${h}, 9, 4) || '-5' || substr(${h}, 14, 3) || '-' ||
           to_hex((('x' || lpad(substr(${h}, 17, 1), 8, '0'))::bit(32)::int & 3) | 8) ||
           substr(${h}, 18, 3) || '-' || substr(${h}, 21, 12))::uuid`;
}
