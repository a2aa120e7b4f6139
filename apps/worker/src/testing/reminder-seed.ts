import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DataSource } from 'typeorm';

/** A programme with one coordinator and many cases of distinct companies, in one state. */
export interface SeededCases {
  programmeId: string;
  coordinatorId: string;
  coordinatorEmail: string;
  caseIds: string[];
}

/**
 * Seeds `count` cases in `state`. With `email: false` the coordinator keeps the check-in
 * reminders in-app only (a test about firing, not about SMTP).
 */
export async function seedCases(
  db: DataSource,
  count: number,
  options: { state?: string; email?: boolean } = {},
): Promise<SeededCases> {
  const tag = randomBytes(3).toString('hex');
  const id = async (sql: string, params: unknown[]) =>
    ((await db.query(sql, params)) as { id: string }[])[0]?.id ?? '';
  const programmeId = await id(`INSERT INTO programme (name) VALUES ($1) RETURNING id`, [
    `Programme ${tag}`,
  ]);
  const municipalityId = await id(
    `INSERT INTO municipality (programme_id, name) VALUES ($1, 'Vesthimmerland') RETURNING id`,
    [programmeId],
  );
  const coordinatorEmail = `coordinator.${tag}@test.techpact.dk`;
  const coordinatorId = await id(
    `INSERT INTO app_user (programme_id, email, name, role, language)
     VALUES ($1, $2, 'Carla Coordinator', 'coordinator', 'en') RETURNING id`,
    [programmeId, coordinatorEmail],
  );
  await db.query(
    `INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`,
    [coordinatorId, municipalityId],
  );
  if (options.email === false) {
    await db.query(
      `INSERT INTO notification_preference (user_id, kind, email) VALUES ($1, 'onHoldCheckIn', false)`,
      [coordinatorId],
    );
  }
  const rows = (await db.query(
    `WITH companies AS (
       INSERT INTO company (programme_id, municipality_id, name, registration_number)
       SELECT $1, $2, format('Company %s-%s ApS', $5::text, lpad(i::text, 5, '0')),
              (40000000 + i)::text
         FROM generate_series(1, $4) AS i
       RETURNING id, name)
     INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                            snapshot, machine_version, version)
     SELECT $1, c.id, $2, $3, $6, '{}', 1, 3 FROM companies c ORDER BY c.name
     RETURNING id`,
    [programmeId, municipalityId, coordinatorId, count, tag, options.state ?? 'onHold'],
  )) as { id: string }[];
  return { programmeId, coordinatorId, coordinatorEmail, caseIds: rows.map((row) => row.id) };
}

/** One "check in" reminder per case, due at `due`, as a committed transition writes it. */
export async function outboxCheckIns(
  db: DataSource,
  seeded: SeededCases,
  due: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO outbox (case_id, kind, payload)
     SELECT c, 'scheduleReminder', jsonb_build_object(
              'caseId', c, 'programmeId', $2::text, 'caseVersion', 3,
              'occurredAt', now(),
              'effect', jsonb_build_object(
                'type', 'scheduleReminder', 'kind', 'onHoldCheckIn', 'scope', 'onHold',
                'to', 'coordinator', 'due', jsonb_build_object('rule', 'at', 'date', $3::text)))
       FROM unnest($1::uuid[]) AS c`,
    [seeded.caseIds, seeded.programmeId, due.toISOString()],
  );
}

/** Polls until `check` resolves to true (time-boxed; the message says what was awaited). */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
  everyMs = 200,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await sleep(everyMs);
  }
}

/** Reminder rows by status for the cases. */
export async function reminderStatuses(
  db: DataSource,
  caseIds: readonly string[],
): Promise<Record<string, number>> {
  const rows = (await db.query(
    `SELECT status, count(*)::int AS n FROM reminder WHERE case_id = ANY($1::uuid[]) GROUP BY status`,
    [caseIds],
  )) as { status: string; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}
