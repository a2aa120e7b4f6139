import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { type JobPayloads, QueueName, ReminderJob } from '@techpact/contracts';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { type FireOutcome, ReminderFiring } from './reminder-firing';
import { ReminderReconciler } from './reminder-reconciler';
import { ReminderRelay, type ReminderQueue } from './reminder-relay';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * The relay writes to Redis before its claim commits. If that commit fails, the job is in Redis
 * without its row; it may run (finding nothing) and finish before the next relay round writes
 * the row, whose enqueue BullMQ then ignores (the finished job still holds the id).
 * Reconciliation must not leave such a reminder scheduled forever.
 */
describe('reconciliation of reminders whose job finished while the row stayed scheduled', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: Redis;
  let queue: ReminderQueue;
  let prefix: string;
  const ids = { programme: '', coordinator: '', municipality: '' };
  let seq = 0;

  const one = async (sql: string, params: unknown[]) => {
    const [row] = (await db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row from ${sql}`);
    return row.id;
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('reminder_reconciler');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    prefix = `test-reconciler-${randomBytes(4).toString('hex')}`;
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Reminders, { connection: redis, prefix }) as ReminderQueue;
    ids.programme = await one(`INSERT INTO programme (name) VALUES ('R') RETURNING id`, []);
    ids.municipality = await one(
      `INSERT INTO municipality (programme_id, name) VALUES ($1, 'M') RETURNING id`,
      [ids.programme],
    );
    ids.coordinator = await one(
      `INSERT INTO app_user (programme_id, email, name, role)
       VALUES ($1, $2, 'Carla', 'coordinator') RETURNING id`,
      [ids.programme, `c.${randomBytes(3).toString('hex')}@test.techpact.dk`],
    );
    // Fails the relay's commit (marking rows relayed) while the flag table has a row.
    await db.query(`CREATE TABLE fail_relay (on_purpose boolean)`);
    await db.query(`
      CREATE FUNCTION fail_relay() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.relayed_at IS NOT NULL AND EXISTS (SELECT 1 FROM fail_relay) THEN
          RAISE EXCEPTION 'commit failed on purpose';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER fail_relay BEFORE UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION fail_relay()`,
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

  async function dueCheckIn(): Promise<string> {
    seq += 1;
    const company = await one(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [ids.programme, ids.municipality, `C${seq} ApS`, String(50_000_000 + seq)],
    );
    const caseId = await one(
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                              snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, 'onHold', '{}', 1, 3) RETURNING id`,
      [ids.programme, company, ids.municipality, ids.coordinator],
    );
    const effect = {
      type: 'scheduleReminder',
      kind: 'onHoldCheckIn',
      scope: 'onHold',
      to: 'coordinator',
      due: { rule: 'at', date: new Date(Date.now() - 1_000).toISOString() },
    };
    await db.query(`INSERT INTO outbox (case_id, kind, payload) VALUES ($1, $2, $3)`, [
      caseId,
      effect.type,
      JSON.stringify({
        caseId,
        programmeId: ids.programme,
        caseVersion: 3,
        occurredAt: new Date(),
        effect,
      }),
    ]);
    return caseId;
  }

  /** Runs the queue's jobs through `handle` until `count` have finished. */
  async function runJobs(
    count: number,
    handle: (data: JobPayloads[ReminderJob.Fire]) => Promise<unknown>,
  ): Promise<void> {
    let finished = 0;
    const worker = new Worker(
      QueueName.Reminders,
      async (job) => handle(job.data as JobPayloads[ReminderJob.Fire]),
      { connection: { url: REDIS_URL, maxRetriesPerRequest: null }, prefix },
    );
    worker.on('completed', () => (finished += 1));
    worker.on('failed', () => (finished += 1));
    for (let i = 0; i < 100 && finished < count; i++) await sleep(100);
    await worker.close();
    expect(finished).toBeGreaterThanOrEqual(count);
  }

  const rowOf = async (caseId: string) =>
    (
      (await db.query(`SELECT id, status, job_id AS "jobId" FROM reminder WHERE case_id = $1`, [
        caseId,
      ])) as { id: string; status: string; jobId: string }[]
    )[0];

  it('re-adds the job of a scheduled reminder whose job completed before its row existed', async () => {
    const caseId = await dueCheckIn();
    const relay = new ReminderRelay(db, queue);
    const firing = new ReminderFiring(db);

    await db.query(`INSERT INTO fail_relay VALUES (true)`);
    await expect(relay.relayBatch()).rejects.toThrow('commit failed on purpose');
    expect(await rowOf(caseId)).toBeUndefined();
    // The job runs, finds no row, and (its wait for the commit over) completes.
    const outcomes: FireOutcome[] = [];
    await runJobs(1, async ({ reminderId }) => outcomes.push(await firing.fire(reminderId)));
    expect(outcomes).toEqual([{ outcome: 'skipped', reason: 'no such reminder' }]);

    await db.query(`DELETE FROM fail_relay`);
    expect((await relay.relayBatch()).relayed).toBe(1);
    const row = await rowOf(caseId);
    expect(row?.status).toBe('scheduled');
    // BullMQ kept the completed job and ignored the second enqueue under its id.
    expect(await queue.getJobState(row?.jobId ?? '')).toBe('completed');

    expect(await new ReminderReconciler(db, queue).reconcile()).toBe(1);
    expect(await queue.getJobState(row?.jobId ?? '')).toMatch(/waiting|delayed|prioritized/);
    await runJobs(1, ({ reminderId }) => firing.fire(reminderId));
    expect((await rowOf(caseId))?.status).toBe('sent');
    // Nothing left to restore.
    expect(await new ReminderReconciler(db, queue).reconcile()).toBe(0);
  });

  it('re-adds the job of a scheduled reminder whose job failed all its attempts', async () => {
    const caseId = await dueCheckIn();
    await new ReminderRelay(db, queue).relayBatch();
    const row = await rowOf(caseId);
    // Its last attempt failing (as while PostgreSQL is away through all five): the same job with
    // one attempt left.
    const job = await queue.getJob(row?.jobId ?? '');
    await job?.remove();
    await queue.add(ReminderJob.Fire, job?.data ?? { reminderId: '' }, {
      jobId: row?.jobId,
      attempts: 1,
      removeOnFail: false,
    });
    await runJobs(1, () => Promise.reject(new Error('PostgreSQL is away')));
    expect(await queue.getJobState(row?.jobId ?? '')).toBe('failed');
    expect((await rowOf(caseId))?.status).toBe('scheduled');

    expect(await new ReminderReconciler(db, queue).reconcile()).toBe(1);
    await runJobs(1, ({ reminderId }) => new ReminderFiring(db).fire(reminderId));
    expect((await rowOf(caseId))?.status).toBe('sent');
  });
});
