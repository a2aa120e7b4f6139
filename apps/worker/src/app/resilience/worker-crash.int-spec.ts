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
const COUNT = 120;
const KILL_AT = 40;

describe('a worker SIGKILLed while e-mailing a batch (processes, own redis-server, SMTP peer)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: OwnRedis;
  let peer: SmtpPeer;
  const workers: WorkerProcess[] = [];
  let attempts = 0;
  let crashed = false;
  let releaseFirst: () => void = () => undefined;
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));

  beforeAll(async () => {
    testDb = await createTestDatabase('worker_crash');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    redis = await startOwnRedis();
    peer = await startSmtpPeer({
      beforeAccept: async () => {
        attempts += 1;
        // The first message waits until every reminder has fired, so that the crash hits the
        // e-mail batch (the one step where a message can leave before its commit).
        if (attempts === 1) await firstHeld;
        // Kill the worker with this message on the wire, before the server's "250 OK".
        if (attempts === KILL_AT && !crashed) {
          crashed = true;
          await workers[0]?.kill('SIGKILL');
          return false;
        }
        return true;
      },
    });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGKILL');
    await peer.close();
    await redis.close();
    await db.destroy();
    await testDb.drop();
  });

  const start = () => {
    const worker = spawnWorker({
      DATABASE_URL: testDb.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'tp',
      SMTP_URL: `smtp://127.0.0.1:${peer.port}`,
    });
    workers.push(worker);
    return worker;
  };

  it('sends every due reminder exactly once after the restart (counted at the SMTP peer)', async () => {
    const seeded = await seedCases(db, COUNT);
    await outboxCheckIns(db, seeded, new Date(Date.now() - 1_000));

    const first = start();
    await first.ready;
    await eventually(
      'every reminder fired',
      async () => (await reminderStatuses(db, seeded.caseIds))['sent'] === COUNT,
    );
    releaseFirst();
    await first.exited;
    expect(crashed).toBe(true);
    const beforeRestart = peer.received.length;
    expect(beforeRestart).toBe(KILL_AT - 1);

    const second = start();
    await second.ready;
    await eventually('every e-mail', async () => peer.received.length >= COUNT, 90_000, 500);
    // Anything sent twice would arrive now.
    await sleep(2_000);

    const subjects = peer.received.map((mail) => subjectOf(mail.data));
    expect(peer.received).toHaveLength(COUNT);
    expect(new Set(subjects).size).toBe(COUNT);
    expect(peer.received.every((mail) => mail.to[0] === seeded.coordinatorEmail)).toBe(true);
    const [emails] = (await db.query(
      `SELECT count(*) FILTER (WHERE email_status = 'sent')::int AS sent, count(*)::int AS total
         FROM notification WHERE user_id = $1`,
      [seeded.coordinatorId],
    )) as { sent: number; total: number }[];
    expect(emails).toEqual({ sent: COUNT, total: COUNT });
  });
});
