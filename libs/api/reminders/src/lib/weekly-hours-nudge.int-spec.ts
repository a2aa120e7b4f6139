import { randomBytes } from 'node:crypto';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { DataSource } from 'typeorm';
import { WeeklyHoursNudge } from './weekly-hours-nudge';

// Friday 27 March 2026, 14:00 in Copenhagen: ISO week 2026-W13 (Mon 23 – Sun 29 March).
const FRIDAY = new Date('2026-03-27T13:00:00Z');

describe('the weekly hours nudge (PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  const ids = { programme: '', municipality: '', coordinator: '' };
  let seq = 0;

  const one = async (sql: string, params: unknown[]) => {
    const [row] = (await db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row from ${sql}`);
    return row.id;
  };
  const user = (role: string, name: string) =>
    one(
      `INSERT INTO app_user (programme_id, email, name, role, language) VALUES ($1, $2, $3, $4, 'en') RETURNING id`,
      [
        ids.programme,
        `${name.toLowerCase()}.${randomBytes(3).toString('hex')}@test.techpact.dk`,
        name,
        role,
      ],
    );

  /** A case in `state` with one activity of the expert in `status`. */
  async function activityOf(expertId: string, state: string, status = 'planned') {
    seq += 1;
    const company = await one(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [ids.programme, ids.municipality, `Smedje ${seq} ApS`, String(30_000_000 + seq)],
    );
    const caseId = await one(
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                              snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, $5, '{}', 1, 7) RETURNING id`,
      [ids.programme, company, ids.municipality, ids.coordinator, state],
    );
    const version = await one(
      `INSERT INTO agreement_version (case_id, number) VALUES ($1, 1) RETURNING id`,
      [caseId],
    );
    const upgrade = await one(
      `INSERT INTO agreement_upgrade (version_id, position, title) VALUES ($1, 0, 'Cobot pilot') RETURNING id`,
      [version],
    );
    const activityId = await one(
      `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, expert_id, planned_hours,
                             target_date, status, cancelled_at, cancel_reason)
       SELECT $1, lineage_id, id, title, $2, 10, '2026-06-30', $3,
              CASE WHEN $3 = 'cancelled' THEN now() END, CASE WHEN $3 = 'cancelled' THEN 'Dropped' END
         FROM agreement_upgrade WHERE id = $4
       RETURNING id`,
      [caseId, expertId, status, upgrade],
    );
    return { caseId, activityId };
  }

  async function hours(expertId: string, at: { caseId: string; activityId: string }, date: string) {
    await db.query(
      `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours)
       VALUES ($1, $2, $3, $4, 'expert', $5, 2)`,
      [ids.programme, at.caseId, at.activityId, expertId, date],
    );
  }

  beforeAll(async () => {
    testDb = await createTestDatabase('weekly_nudge');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    ids.programme = await one(`INSERT INTO programme (name) VALUES ('Weekly') RETURNING id`, []);
    ids.municipality = await one(
      `INSERT INTO municipality (programme_id, name) VALUES ($1, 'M') RETURNING id`,
      [ids.programme],
    );
    ids.coordinator = await user('coordinator', 'Carla');
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('nudges only experts with an active activity and no hours that week, once per week', async () => {
    const idle = await user('expert', 'Idle');
    await activityOf(idle, 'implementation', 'in_progress');
    await activityOf(idle, 'implementation'); // two activities, still one nudge

    const logged = await user('expert', 'Logged');
    // A draft entry on Monday of the week counts: any status.
    await hours(logged, await activityOf(logged, 'implementation'), '2026-03-23');

    const lastWeekOnly = await user('expert', 'LastWeek');
    await hours(lastWeekOnly, await activityOf(lastWeekOnly, 'implementation'), '2026-03-22');

    const finished = await user('expert', 'Finished');
    await activityOf(finished, 'implementation', 'done');
    await activityOf(finished, 'implementation', 'cancelled');

    const paused = await user('expert', 'Paused');
    await activityOf(paused, 'onHold');

    const nudge = new WeeklyHoursNudge(db);
    const first = await nudge.run(ids.programme, FRIDAY);
    expect(first.week.label).toBe('2026-W13');
    expect(first.nudged.sort()).toEqual([idle, lastWeekOnly].sort());

    // The same week again (a retried or duplicated job): nobody twice.
    const again = await nudge.run(ids.programme, new Date(FRIDAY.getTime() + 60_000));
    expect(again.nudged).toEqual([]);

    const notes = (await db.query(
      `SELECT n.user_id AS "userId", n.title, r.status, r.kind
         FROM notification n JOIN reminder r ON r.id = n.reminder_id
        WHERE n.kind = 'weeklyHoursNudge' ORDER BY n.user_id`,
    )) as { userId: string; title: string; status: string; kind: string }[];
    expect(notes.map((n) => n.userId)).toEqual([idle, lastWeekOnly].sort());
    expect(notes.every((n) => n.title === 'No hours logged this week' && n.status === 'sent')).toBe(
      true,
    );

    // Next Friday is a new week: the idle experts are nudged again.
    const next = await nudge.run(ids.programme, new Date('2026-04-03T12:00:00Z'));
    expect(next.week.label).toBe('2026-W14');
    expect(next.nudged.sort()).toEqual([idle, lastWeekOnly, logged].sort());
  });
});
