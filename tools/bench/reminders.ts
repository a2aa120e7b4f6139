/**
 * Reminders throughput with ONE worker process (the real one, `apps/worker/src/main.ts`), on a
 * throwaway database of the local PostgreSQL and a redis-server of its own:
 *
 *   1. relay: N outbox rows (a "check in" reminder each, due in an hour) committed in one
 *      transaction while the worker runs idle; seconds = last relayed_at − the commit (so the
 *      relay's idle poll of up to 1 s is included).
 *   2. fire (burst): N further reminders, rows and delayed jobs written as the relay writes them,
 *      all due at the same instant T0; seconds = last sent_at − T0; lateness = sent_at − due_at.
 *   3. fire (spread): N more, due one after the other at a steady 500/s; lateness as above.
 *
 * Recipients keep these in-app only, so SMTP is not what is measured. Every reminder must end
 * sent with exactly one notification, or the run fails. Peak RSS is the worker's VmHWM.
 *
 *   npm run bench:reminders            (or: node tools/bench/reminders.cjs 10000)
 *   BENCH_WORKER_NODE_OPTIONS=--prof   (e.g. to profile the worker)
 */
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase } from '@techpact/api/infra-db/testing';
import { reminderIdFor, reminderJobOptions } from '@techpact/api/reminders';
import { QueueName, ReminderJob } from '@techpact/contracts';
import { Queue } from 'bullmq';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { startOwnRedis } from '../../apps/worker/src/testing/redis-server';
import { eventually, outboxCheckIns, seedCases } from '../../apps/worker/src/testing/reminder-seed';
import { spawnWorker } from '../../apps/worker/src/testing/worker-process';

const PREFIX = 'bench';
/** Due rate of the spread scenario (reminders per second). */
const SPREAD_PER_SECOND = 500;

export interface LatenessFigures {
  latenessP50Seconds: number;
  latenessP95Seconds: number;
  latenessMaxSeconds: number;
}

export interface RemindersBenchResult {
  relay: { rows: number; seconds: number; rowsPerSecond: number };
  fire: { reminders: number; seconds: number; perSecond: number } & LatenessFigures;
  /** The same number of reminders due at a steady {@link SPREAD_PER_SECOND} per second. */
  spread?: { reminders: number; duePerSecond: number } & LatenessFigures;
  workerPeakRssMb: number;
}

export async function benchReminders({ count }: { count: number }): Promise<RemindersBenchResult> {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`count must be a positive whole number, not ${count}.`);
  }
  const testDb = await createTestDatabase('bench_reminders');
  const db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
  const redis = await startOwnRedis();
  const queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: PREFIX });
  let worker: ReturnType<typeof spawnWorker> | undefined;
  try {
    worker = spawnWorker(
      {
        DATABASE_URL: testDb.url,
        REDIS_URL: redis.url,
        REDIS_PREFIX: PREFIX,
        NODE_OPTIONS: process.env['BENCH_WORKER_NODE_OPTIONS'] ?? '',
      },
      300_000,
    ); // booting from source takes long on a busy machine
    await worker.ready;

    const relaySet = await seedCases(db, count, { email: false });
    await outboxCheckIns(db, relaySet, new Date(Date.now() + 3_600_000));
    // Read just after the insert committed (at most a round trip late: errs towards faster).
    const [{ committedAt }] = (await db.query(`SELECT clock_timestamp() AS "committedAt"`)) as [
      { committedAt: Date },
    ];
    await eventually(
      'the outbox relayed',
      async () => (await scalar(db, `SELECT count(*) FROM outbox WHERE relayed_at IS NULL`)) === 0,
      600_000,
      50,
    );
    const relaySeconds = await scalar(
      db,
      `SELECT extract(epoch FROM max(relayed_at) - $1::timestamptz) FROM outbox`,
      [committedAt],
    );

    const fireSet = await seedCases(db, count, { email: false });
    const t0 = new Date(Date.now() + leadTimeMs(count));
    const burst = await fireAndMeasure(db, queue, fireSet, () => t0);
    const spreadSet = await seedCases(db, count, { email: false });
    const start = new Date(Date.now() + leadTimeMs(count));
    const spread = await fireAndMeasure(
      db,
      queue,
      spreadSet,
      (i) => new Date(start.getTime() + (i * 1000) / SPREAD_PER_SECOND),
    );

    return {
      relay: { rows: count, seconds: relaySeconds, rowsPerSecond: count / relaySeconds },
      fire: {
        reminders: count,
        seconds: burst.spanSeconds,
        perSecond: count / Math.max(burst.spanSeconds, 0.001),
        ...burst.lateness,
      },
      spread: { reminders: count, duePerSecond: SPREAD_PER_SECOND, ...spread.lateness },
      workerPeakRssMb: await peakRssMb(worker.pid),
    };
  } finally {
    await worker?.kill('SIGTERM');
    await queue.close();
    await redis.close();
    await db.destroy();
    await testDb.drop();
  }
}

/**
 * How far ahead the reminders fall due: seeding (rows and delayed jobs) must finish first, and
 * took over 20 s for 10,000 on a loaded machine.
 */
function leadTimeMs(count: number): number {
  return 30_000 + 4 * count;
}

/**
 * Writes a "check in" reminder per case (row and delayed job, as the relay would), due at
 * `dueAt(i)`, waits until all are sent and measures the lateness (sent_at − due_at).
 */
async function fireAndMeasure(
  db: DataSource,
  queue: Queue,
  seeded: Awaited<ReturnType<typeof seedCases>>,
  dueAt: (i: number) => Date,
): Promise<{ spanSeconds: number; lateness: LatenessFigures }> {
  const jobIds = seeded.caseIds.map((caseId) => `reminder-${caseId}-onHoldCheckIn-3`);
  const dues = jobIds.map((_, i) => dueAt(i));
  await db.query(
    `INSERT INTO reminder (id, case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                           case_version, due_at, job_id)
     SELECT r.id, r.case_id, $3, 'onHoldCheckIn', 'onHold', 'coordinator', 'onHold', 3, r.due_at,
            r.job_id
       FROM unnest($1::uuid[], $2::uuid[], $4::timestamptz[], $5::text[])
              AS r(id, case_id, due_at, job_id)`,
    [jobIds.map(reminderIdFor), seeded.caseIds, seeded.programmeId, dues, jobIds],
  );
  const now = new Date();
  for (let i = 0; i < jobIds.length; i += 1_000) {
    await queue.addBulk(
      jobIds.slice(i, i + 1_000).map((jobId, j) => ({
        name: ReminderJob.Fire,
        data: { reminderId: reminderIdFor(jobId) },
        opts: reminderJobOptions(jobId, dues[i + j] as Date, now),
      })),
    );
  }
  if (Date.now() > (dues[0] as Date).getTime()) {
    throw new Error('Seeding took longer than the lead time; the lateness would be wrong.');
  }
  const count = jobIds.length;
  await eventually(
    'every reminder fired',
    async () =>
      (await scalar(
        db,
        `SELECT count(*) FROM reminder WHERE programme_id = $1 AND status = 'sent'`,
        [seeded.programmeId],
      )) === count,
    600_000,
    200,
  );
  const [fired] = (await db.query(
    `SELECT extract(epoch FROM max(sent_at) - min(due_at))::float8 AS span,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at))
              AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at))
              AS p95,
            max(extract(epoch FROM sent_at - due_at))::float8 AS max,
            (SELECT count(*)::int FROM notification n JOIN reminder x ON x.id = n.reminder_id
              WHERE x.programme_id = $1) AS notifications
       FROM reminder WHERE programme_id = $1`,
    [seeded.programmeId],
  )) as { span: number; p50: number; p95: number; max: number; notifications: number }[];
  if (!fired || fired.notifications !== count) {
    throw new Error(
      `Expected ${count} notifications (one per reminder), found ${fired?.notifications}.`,
    );
  }
  return {
    spanSeconds: fired.span,
    lateness: {
      latenessP50Seconds: fired.p50,
      latenessP95Seconds: fired.p95,
      latenessMaxSeconds: fired.max,
    },
  };
}

/** The process's peak resident set (VmHWM), in MB. */
async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`No VmHWM in /proc/${pid}/status.`);
  return Number(kb) / 1024;
}

async function scalar(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await db.query(sql, params)) as Record<string, string | number | null>[];
  return Number(Object.values(row ?? {})[0] ?? 0);
}

/** `npm run bench:reminders [count]`: runs the benchmark and prints a table. */
export async function main([count = 10_000]: number[]): Promise<void> {
  console.log(`Reminders benchmark, ${count} reminders per scenario, one worker process…`);
  const result = await benchReminders({ count });
  const line = (label: string, value: string) => console.log(`${label.padEnd(36)} ${value}`);
  const s = (value: number) => value.toFixed(2);
  console.log('');
  line('relay: outbox rows', String(result.relay.rows));
  line('relay: seconds (commit → last relayed)', s(result.relay.seconds));
  line('relay: rows/s', result.relay.rowsPerSecond.toFixed(0));
  line('fire: reminders due at one instant T0', String(result.fire.reminders));
  line('fire: seconds (T0 → last sent)', s(result.fire.seconds));
  line('fire: reminders/s', result.fire.perSecond.toFixed(0));
  line('fire: lateness p50 / p95 / max (s)', latenessOf(result.fire, s));
  if (result.spread) {
    line(
      `spread: reminders due at ${result.spread.duePerSecond}/s`,
      String(result.spread.reminders),
    );
    line('spread: lateness p50 / p95 / max (s)', latenessOf(result.spread, s));
  }
  line('worker peak RSS (MB)', result.workerPeakRssMb.toFixed(1));
}

function latenessOf(figures: LatenessFigures, s: (value: number) => string): string {
  return [figures.latenessP50Seconds, figures.latenessP95Seconds, figures.latenessMaxSeconds]
    .map(s)
    .join(' / ');
}
