/**
 * Reminders throughput with ONE worker process (the real one, `apps/worker/src/main.ts`), on a
 * throwaway database of the local PostgreSQL and a redis-server of its own:
 *
 *   1. relay: N outbox rows (a "check in" reminder each, due in an hour) committed before the
 *      worker starts; rate = N / (last relayed_at − first relayed_at).
 *   2. fire: N further reminders, rows and delayed jobs written as the relay writes them, all due
 *      at the same instant T0; rate = N / (last sent_at − T0); lateness = sent_at − due_at
 *      (p50, p95, max). Recipients keep these in-app only, so SMTP is not what is measured.
 *
 *   npm run bench:reminders            (or: node tools/bench/reminders.cjs 10000)
 */
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase } from '@techpact/api/infra-db/testing';
import { reminderIdFor, reminderJobOptions } from '@techpact/api/reminders';
import { QueueName, ReminderJob } from '@techpact/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { startOwnRedis } from '../../apps/worker/src/testing/redis-server';
import { eventually, outboxCheckIns, seedCases } from '../../apps/worker/src/testing/reminder-seed';
import { spawnWorker } from '../../apps/worker/src/testing/worker-process';

const PREFIX = 'bench';

export async function main([count = 10_000]: number[]): Promise<void> {
  const testDb = await createTestDatabase('bench_reminders');
  const db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
  const redis = await startOwnRedis();
  const queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: PREFIX });
  let worker: ReturnType<typeof spawnWorker> | undefined;
  try {
    console.log(`Seeding ${count} outbox rows…`);
    const relaySet = await seedCases(db, count, { email: false });
    await outboxCheckIns(db, relaySet, new Date(Date.now() + 3_600_000));

    worker = spawnWorker({ DATABASE_URL: testDb.url, REDIS_URL: redis.url, REDIS_PREFIX: PREFIX });
    await worker.ready;
    await eventually(
      'the outbox relayed',
      async () => (await scalar(db, `SELECT count(*) FROM outbox WHERE relayed_at IS NULL`)) === 0,
      600_000,
      100,
    );
    const relaySeconds =
      (await scalar(
        db,
        `SELECT extract(epoch FROM max(relayed_at) - min(relayed_at)) FROM outbox`,
      )) || 0.001;
    const delayed = (await queue.getJobCounts('delayed')).delayed ?? 0;

    console.log(`Seeding ${count} reminders due at one instant…`);
    const fireSet = await seedCases(db, count, { email: false });
    const t0 = new Date(Date.now() + 15_000 + count);
    const jobIds = fireSet.caseIds.map((caseId) => `reminder-${caseId}-onHoldCheckIn-3`);
    await db.query(
      `INSERT INTO reminder (id, case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                             case_version, due_at, job_id)
       SELECT r.id, r.case_id, $3, 'onHoldCheckIn', 'onHold', 'coordinator', 'onHold', 3, $4, r.job_id
         FROM unnest($1::uuid[], $2::uuid[], $5::text[]) AS r(id, case_id, job_id)`,
      [jobIds.map(reminderIdFor), fireSet.caseIds, fireSet.programmeId, t0, jobIds],
    );
    const now = new Date();
    for (let i = 0; i < jobIds.length; i += 1_000) {
      await queue.addBulk(
        jobIds.slice(i, i + 1_000).map((jobId) => ({
          name: ReminderJob.Fire,
          data: { reminderId: reminderIdFor(jobId) },
          opts: reminderJobOptions(jobId, t0, now),
        })),
      );
    }
    if (Date.now() > t0.getTime()) throw new Error('Seeding took longer than the lead time.');
    await eventually(
      'every reminder fired',
      async () =>
        (await scalar(
          db,
          `SELECT count(*) FROM reminder WHERE programme_id = $1 AND status = 'sent'`,
          [fireSet.programmeId],
        )) === count,
      600_000,
      200,
    );
    const [fired] = (await db.query(
      `SELECT extract(epoch FROM max(sent_at) - due_at) AS span,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at)) AS p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at)) AS p95,
              max(extract(epoch FROM sent_at - due_at)) AS max,
              (SELECT count(*) FROM notification n JOIN reminder x ON x.id = n.reminder_id
                WHERE x.programme_id = $1) AS notifications
         FROM reminder WHERE programme_id = $1 GROUP BY due_at`,
      [fireSet.programmeId],
    )) as { span: string; p50: number; p95: number; max: string; notifications: string }[];
    if (!fired) throw new Error('No fired reminders found.');

    const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
    console.log('\nReminders throughput, one worker process');
    line('relay: outbox rows', String(count));
    line('relay: seconds', relaySeconds.toFixed(2));
    line('relay: rows/s', (count / relaySeconds).toFixed(0));
    line('relay: delayed jobs in Redis (+1 weekly)', String(delayed));
    line('fire: reminders due at T0', String(count));
    line('fire: seconds (T0 → last sent)', Number(fired.span).toFixed(2));
    line('fire: reminders/s', (count / Math.max(Number(fired.span), 0.001)).toFixed(0));
    line('fire: lateness p50 (s)', Number(fired.p50).toFixed(2));
    line('fire: lateness p95 (s)', Number(fired.p95).toFixed(2));
    line('fire: lateness max (s)', Number(fired.max).toFixed(2));
    line('fire: notifications written', fired.notifications);
  } finally {
    await worker?.kill('SIGTERM');
    await queue.close();
    await redis.close();
    await db.destroy();
    await testDb.drop();
  }
}

async function scalar(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await db.query(sql, params)) as Record<string, string | number | null>[];
  return Number(Object.values(row ?? {})[0] ?? 0);
}
