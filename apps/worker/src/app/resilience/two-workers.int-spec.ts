import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type OwnRedis, startOwnRedis } from '../../testing/redis-server';
import {
  eventually,
  outboxCheckIns,
  reminderStatuses,
  seedCases,
} from '../../testing/reminder-seed';
import { type SmtpPeer, startSmtpPeer, subjectOf } from '../../testing/smtp-peer';
import { spawnWorker, type WorkerProcess } from '../../testing/worker-process';

jest.setTimeout(120_000);
const COUNT = 200;

describe('two worker processes at once (as when scaled out)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: OwnRedis;
  let peer: SmtpPeer;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('worker_two');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    redis = await startOwnRedis();
    peer = await startSmtpPeer();
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGKILL');
    await peer.close();
    await redis.close();
    await db.destroy();
    await testDb.drop();
  });

  it('relays and delivers every reminder exactly once', async () => {
    const env = {
      DATABASE_URL: testDb.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'tp',
      SMTP_URL: `smtp://127.0.0.1:${peer.port}`,
    };
    workers.push(spawnWorker(env), spawnWorker(env));
    await Promise.all(workers.map((worker) => worker.ready));

    // Committed while both relays poll the outbox: due now, and a second batch due in 3 s.
    const now = await seedCases(db, COUNT / 2);
    const soon = await seedCases(db, COUNT / 2);
    await outboxCheckIns(db, now, new Date(Date.now() - 1_000));
    await outboxCheckIns(db, soon, new Date(Date.now() + 3_000));

    await eventually('every e-mail', async () => peer.received.length >= COUNT, 60_000, 250);
    await sleep(2_000);

    expect(peer.received).toHaveLength(COUNT);
    expect(new Set(peer.received.map((mail) => subjectOf(mail.data))).size).toBe(COUNT);
    const caseIds = [...now.caseIds, ...soon.caseIds];
    expect(await reminderStatuses(db, caseIds)).toEqual({ sent: COUNT });
    const [counts] = (await db.query(
      `SELECT count(*)::int AS notifications, count(DISTINCT reminder_id)::int AS reminders,
              (SELECT count(*)::int FROM outbox WHERE relayed_at IS NULL) AS unrelayed
         FROM notification`,
    )) as { notifications: number; reminders: number; unrelayed: number }[];
    expect(counts).toEqual({ notifications: COUNT, reminders: COUNT, unrelayed: 0 });
  });
});
