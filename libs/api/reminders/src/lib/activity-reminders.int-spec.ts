import { randomBytes } from 'node:crypto';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { QueueName } from '@techpact/contracts';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { activityReminderJobId } from './activity-reminders';
import { ReminderFiring } from './reminder-firing';
import { reminderIdFor } from './reminder-jobs';
import { ReminderRelay, type ReminderQueue } from './reminder-relay';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('activity reminders (PostgreSQL + Redis)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: Redis;
  let queue: ReminderQueue;
  let prefix: string;
  let version = 10;
  const ids = { programme: '', coordinator: '', expert: '', case: '', version: '' };

  const one = async (sql: string, params: unknown[]) => {
    const [row] = (await db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row from ${sql}`);
    return row.id;
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('activity_reminders');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    prefix = `test-activity-reminders-${randomBytes(4).toString('hex')}`;
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Reminders, { connection: redis, prefix }) as ReminderQueue;

    ids.programme = await one(`INSERT INTO programme (name) VALUES ('A') RETURNING id`, []);
    const user = (role: string) =>
      one(
        `INSERT INTO app_user (programme_id, email, name, role) VALUES ($1, $2, $3, $4) RETURNING id`,
        [ids.programme, `${role}.${randomBytes(3).toString('hex')}@test.techpact.dk`, role, role],
      );
    ids.coordinator = await user('coordinator');
    ids.expert = await user('expert');
    const municipality = await one(
      `INSERT INTO municipality (programme_id, name) VALUES ($1, 'M') RETURNING id`,
      [ids.programme],
    );
    const company = await one(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number)
       VALUES ($1, $2, 'Værkstedet ApS', '12345678') RETURNING id`,
      [ids.programme, municipality],
    );
    ids.case = await one(
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                              snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, 'implementation', '{}', 1, $5) RETURNING id`,
      [ids.programme, company, municipality, ids.coordinator, version],
    );
    ids.version = await one(
      `INSERT INTO agreement_version (case_id, number) VALUES ($1, 1) RETURNING id`,
      [ids.case],
    );
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await queue.close();
    redis.disconnect();
    await db.destroy();
    await testDb.drop();
  });

  async function activity(title: string, targetDate: string): Promise<string> {
    const upgrade = await one(
      `INSERT INTO agreement_upgrade (version_id, position, title) VALUES ($1, 0, $2) RETURNING id`,
      [ids.version, title],
    );
    return one(
      `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, expert_id, planned_hours, target_date)
       SELECT $1, lineage_id, id, title, $2, 10, $3 FROM agreement_upgrade WHERE id = $4
       RETURNING id`,
      [ids.case, ids.expert, targetDate, upgrade],
    );
  }

  async function sync(): Promise<void> {
    version += 1;
    await db.query(`UPDATE case_file SET version = $2 WHERE id = $1`, [ids.case, version]);
    await db.query(`INSERT INTO outbox (case_id, kind, payload) VALUES ($1, $2, $3)`, [
      ids.case,
      'syncActivityReminders',
      JSON.stringify({
        caseId: ids.case,
        programmeId: ids.programme,
        caseVersion: version,
        occurredAt: new Date().toISOString(),
        effect: { type: 'syncActivityReminders', scope: 'activities' },
      }),
    ]);
    const relay = new ReminderRelay(db, queue);
    while ((await relay.relayBatch()).relayed > 0) {
      // next batch
    }
  }

  const reminders = async () =>
    (await db.query(
      `SELECT kind, recipient, status, due_at AS "dueAt", activity_id AS "activityId", job_id AS "jobId"
         FROM reminder WHERE case_id = $1 ORDER BY activity_id, due_at`,
      [ids.case],
    )) as {
      kind: string;
      recipient: string;
      status: string;
      dueAt: Date;
      activityId: string;
      jobId: string;
    }[];

  it('schedules "due soon" 3 days before the target date to the expert and "overdue" 1 day after to the coordinator, at 09:00 local time', async () => {
    const first = await activity('Robot cell', '2027-03-31'); // DST starts 28 March 2027
    await sync();
    const rows = (await reminders()).filter((r) => r.activityId === first);
    expect(rows.map((r) => [r.kind, r.recipient, r.status, r.dueAt.toISOString()])).toEqual([
      ['activityDueSoon', 'activityExpert', 'scheduled', '2027-03-28T07:00:00.000Z'], // 09:00 CEST
      ['activityOverdue', 'coordinator', 'scheduled', '2027-04-01T07:00:00.000Z'],
    ]);
    for (const row of rows) {
      expect(row.jobId).toBe(
        activityReminderJobId(
          ids.case,
          row.kind as 'activityDueSoon' | 'activityOverdue',
          first,
          '2027-03-31',
        ),
      );
      expect(await queue.getJobState(row.jobId)).toBe('delayed');
    }

    // Relaying the same sync again changes nothing.
    await sync();
    expect((await reminders()).filter((r) => r.activityId === first)).toHaveLength(2);
  });

  it('cancels the reminders of an activity that is done and moves those of a new target date', async () => {
    const done = await activity('Sensor retrofit', '2027-05-10');
    const moved = await activity('MES pilot', '2027-06-10');
    await sync();
    await db.query(`UPDATE activity SET status = 'done', done_at = now() WHERE id = $1`, [done]);
    await db.query(`UPDATE activity SET target_date = '2027-06-20' WHERE id = $1`, [moved]);
    await sync();

    const rows = await reminders();
    const doneRows = rows.filter((r) => r.activityId === done);
    expect(doneRows.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    for (const row of doneRows) expect(await queue.getJob(row.jobId)).toBeUndefined();
    const movedRows = rows.filter((r) => r.activityId === moved);
    expect(
      movedRows
        .filter((r) => r.status === 'scheduled')
        .map((r) => r.dueAt.toISOString().slice(0, 10)),
    ).toEqual(['2027-06-17', '2027-06-21']);
    expect(movedRows.filter((r) => r.status === 'cancelled')).toHaveLength(2);
  });

  it('fires "due soon" to the activity\'s expert, and drops it once the activity is done', async () => {
    const open = await activity('Vision inspection', '2027-09-01');
    const closed = await activity('Energy logging', '2027-09-02');
    await sync();
    const firing = new ReminderFiring(db);
    const dueSoon = (activityId: string, date: string) =>
      reminderIdFor(activityReminderJobId(ids.case, 'activityDueSoon', activityId, date));

    expect(await firing.fire(dueSoon(open, '2027-09-01'))).toEqual({
      outcome: 'sent',
      notified: [ids.expert],
    });
    const [notification] = (await db.query(
      `SELECT kind, title, link FROM notification WHERE reminder_id = $1`,
      [dueSoon(open, '2027-09-01')],
    )) as { kind: string; title: string; link: string }[];
    expect(notification).toEqual({
      kind: 'activityDueSoon',
      title: '"Vision inspection" is due on 1 September 2027',
      link: `/cases/${ids.case}`,
    });

    await db.query(
      `UPDATE activity SET status = 'cancelled', cancelled_at = now(), cancel_reason = 'x' WHERE id = $1`,
      [closed],
    );
    expect(await firing.fire(dueSoon(closed, '2027-09-02'))).toEqual({
      outcome: 'dropped',
      reason: 'the activity is closed',
    });
  });
});
