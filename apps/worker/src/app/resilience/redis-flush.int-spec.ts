import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { QueueName, ReminderJob } from '@techpact/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type OwnRedis, startOwnRedis } from '../../testing/redis-server';
import {
  eventually,
  outboxCheckIns,
  reminderStatuses,
  seedCases,
} from '../../testing/reminder-seed';
import { spawnWorker, type WorkerProcess } from '../../testing/worker-process';

jest.setTimeout(120_000);
const PREFIX = 'tp';
const COUNT = 1_000;

describe('a Redis flush loses no reminder (worker process, own redis-server, PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: OwnRedis;
  let queue: Queue;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('worker_flush');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    redis = await startOwnRedis();
    queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: PREFIX });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGKILL');
    await queue.close();
    await redis.close();
    await db.destroy();
    await testDb.drop();
  });

  const start = () => {
    const worker = spawnWorker({
      DATABASE_URL: testDb.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: PREFIX,
    });
    workers.push(worker);
    return worker;
  };
  // Reminder jobs only: the weekly nudge's scheduler keeps a delayed job in the same queue.
  const fireJobs = async () =>
    (await queue.getDelayed(0, -1)).filter((job) => job.name === ReminderJob.Fire);
  const delayed = async () => (await fireJobs()).length;

  it(`rebuilds all ${COUNT} pending reminders after FLUSHALL and a restart, and fires each once`, async () => {
    const seeded = await seedCases(db, COUNT, { email: false });
    // Due in an hour: the test moves time on by promoting the delayed jobs, never by sleeping.
    await outboxCheckIns(db, seeded, new Date(Date.now() + 3_600_000));

    const first = start();
    await first.ready;
    await eventually(`${COUNT} delayed jobs`, async () => (await delayed()) === COUNT);
    expect(await reminderStatuses(db, seeded.caseIds)).toEqual({ scheduled: COUNT });

    await redis.client.flushall();
    expect(await delayed()).toBe(0);
    await first.kill('SIGTERM');

    const second = start();
    await second.ready;
    // Reconciliation at start: every scheduled reminder of the database has its job again.
    expect(await delayed()).toBe(COUNT);
    const jobIds = (await fireJobs()).map((job) => job.id);
    const expected = (await db.query(`SELECT job_id AS "jobId" FROM reminder ORDER BY job_id`)) as {
      jobId: string;
    }[];
    expect(new Set(jobIds)).toEqual(new Set(expected.map((row) => row.jobId)));

    await queue.promoteJobs();
    await eventually(
      'every reminder sent',
      async () => (await reminderStatuses(db, seeded.caseIds))['sent'] === COUNT,
      60_000,
    );
    const [notified] = (await db.query(
      `SELECT count(*)::int AS total, count(DISTINCT reminder_id)::int AS reminders
         FROM notification WHERE user_id = $1`,
      [seeded.coordinatorId],
    )) as { total: number; reminders: number }[];
    expect(notified).toEqual({ total: COUNT, reminders: COUNT });
    expect(await reminderStatuses(db, seeded.caseIds)).toEqual({ sent: COUNT });
  });
});
