import { CaseParticipants, CasesService } from '@techpact/api/cases';
import { createCaseWorld, placeCaseInState } from '@techpact/api/cases/testing';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { QueueName } from '@techpact/contracts';
import { Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type OwnRedis, startOwnRedis } from '../../testing/redis-server';
import { eventually } from '../../testing/reminder-seed';
import { spawnWorker, type WorkerProcess } from '../../testing/worker-process';

jest.setTimeout(150_000);
const OUTAGE_MS = 30_000;
const TRANSITIONS = 10;

describe('Redis down for 30 s (worker process, own redis-server)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: OwnRedis;
  let worker: WorkerProcess;

  beforeAll(async () => {
    testDb = await createTestDatabase('worker_outage');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    redis = await startOwnRedis();
  });

  afterAll(async () => {
    await worker.kill('SIGKILL');
    await redis.close();
    await db.destroy();
    await testDb.drop();
  });

  const outboxDrained = async () => {
    const [left] = (await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`,
    )) as { n: number }[];
    return left?.n === 0;
  };

  it('keeps committing transitions; afterwards the outbox drains and the reminders are scheduled', async () => {
    const world = await createCaseWorld(db, { companiesPerMunicipality: TRANSITIONS });
    const cases = new CasesService(db, new CaseParticipants());
    const caseIds: string[] = [];
    for (const companyId of world.companiesA) {
      caseIds.push(await placeCaseInState(db, world.coordinatorA, companyId, 'intake'));
    }
    worker = spawnWorker({ DATABASE_URL: testDb.url, REDIS_URL: redis.url, REDIS_PREFIX: 'tp' });
    await worker.ready;
    await eventually('the opening rows relayed', outboxDrained);

    await redis.stop();
    const downAt = Date.now();
    const latencies: number[] = [];
    for (const caseId of caseIds) {
      const started = Date.now();
      const result = await cases.transition(world.coordinatorA, caseId, {
        command: { type: 'PAUSE', reason: 'Summer shutdown' },
      });
      expect(result.toState).toBe('onHold');
      latencies.push(Date.now() - started);

      await sleep(OUTAGE_MS / TRANSITIONS / 2);
    }
    // Transitions never wait for Redis.
    expect(Math.max(...latencies)).toBeLessThan(2_000);
    const [pending] = (await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE case_id = ANY($1::uuid[]) AND relayed_at IS NULL`,
      [caseIds],
    )) as { n: number }[];
    expect(pending?.n).toBeGreaterThanOrEqual(TRANSITIONS);
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - downAt)));

    // It comes back empty (no persistence): nothing in Redis survived the outage.
    await redis.start();
    await eventually('the outbox drained', outboxDrained, 60_000, 500);
    const scheduled = (await db.query(
      `SELECT job_id AS "jobId", kind FROM reminder WHERE case_id = ANY($1::uuid[]) AND status = 'scheduled'`,
      [caseIds],
    )) as { jobId: string; kind: string }[];
    expect(scheduled.filter((row) => row.kind === 'onHoldCheckIn')).toHaveLength(TRANSITIONS);
    const queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: 'tp' });
    try {
      await eventually('every scheduled reminder has its job', async () => {
        const states = await Promise.all(scheduled.map((row) => queue.getJobState(row.jobId)));
        return states.every((state) => state === 'delayed');
      });
    } finally {
      await queue.close();
    }
  });
});
