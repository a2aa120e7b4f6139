/**
 * `npm run bench` (issue 9): builds the apps if needed, makes sure the data set is in the
 * database, starts the built API and worker on free ports with a Redis prefix of their own, signs
 * in as the bench users, runs each scenario (autocannon, warm-up then a fixed time) and writes
 * bench/results.json, bench/results.md and the README's Performance section.
 *
 *   npm run bench [-- --smoke] [--scenarios 1,2,4] [--duration 20] [--cases 100000] [--build]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client, Pool } from 'pg';
import { type BenchOptions, parseOptions, UsageError } from './options';
import { ROOT, type Service, buildIfNeeded, freePort, startApi, startWorker } from './processes';
import {
  type BenchResults,
  machineInfo,
  markdownTable,
  updateReadme,
  writeResults,
} from './report';
import { loadBenchData } from './bench-data';
import { reminders, web } from './scenarios/delegated';
import { exportCsv } from './scenarios/export';
import { hours } from './scenarios/hours';
import { caseList, casePage, dashboard } from './scenarios/reads';
import { transitions } from './scenarios/transitions';
import { BenchSession } from './session';
import { type BenchContext, type Scenario, type ScenarioResult } from './types';

const SCENARIOS: Record<number, { name: string; run: Scenario }> = {
  1: { name: 'Transitions', run: transitions },
  2: { name: 'Case list', run: caseList },
  3: { name: 'Case page', run: casePage },
  4: { name: 'Dashboard', run: dashboard },
  5: { name: 'Hours', run: hours },
  6: { name: 'Reminders', run: reminders },
  7: { name: 'Export', run: exportCsv },
  8: { name: 'Web', run: web },
};

const startedAt = Date.now();
/** Progress lines, with the seconds since the start (where a slow run spends its time). */
const log = (line: string) => {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0).padStart(4);
  console.log(
    line.startsWith('\n') ? `\n[${seconds} s] ${line.slice(1)}` : `[${seconds} s] ${line}`,
  );
};

/** What must be undone however the run ends (done in reverse order). */
const cleanups: { name: string; run: () => Promise<void> }[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    if (!step) break;
    try {
      const t0 = Date.now();
      await step.run();
      log(`  ${step.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.error(`Cleaning up (${step.name}) failed: ${String(error)}`);
    }
  }
}

function databaseUrl(options: BenchOptions): { url: string; smokeName?: string } {
  const configured =
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/techpact_bench';
  if (!options.smoke) return { url: configured };
  const url = new URL(configured);
  const smokeName = `techpact_bench_smoke_${process.pid}`;
  url.pathname = `/${smokeName}`;
  return { url: url.toString(), smokeName };
}

async function adminQuery(databaseUrl: string, sql: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Waits (at most two minutes) until no query of the API is running in the bench database: a
 * load run ends at its deadline while the server still works on the requests in flight, and a
 * slow scenario's leftovers would otherwise be measured as the next one's.
 */
async function drain(db: Pool): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'techpact'
          AND state = 'active' AND query_start < now() - interval '50 milliseconds'`,
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log('  (the API still had queries running after 2 minutes; going on)');
}

async function runScenario(id: number, context: BenchContext): Promise<ScenarioResult> {
  const scenario = SCENARIOS[id];
  if (!scenario) throw new Error(`No scenario ${id}`);
  log(`\n=== ${id}. ${scenario.name}`);
  const started = Date.now();
  try {
    const result = await scenario.run(context);
    log(
      `  done in ${Math.round((Date.now() - started) / 1000)} s${result.problems.length ? `; problems: ${result.problems.join('; ')}` : ''}`,
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  FAILED: ${message}`);
    return {
      id,
      name: scenario.name,
      figures: [],
      details: {},
      problems: [`did not run: ${message}`],
      notes: [],
    };
  }
}

export async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const loadAverage = loadavg();
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `bench-${randomBytes(4).toString('hex')}`;
  const { url, smokeName } = databaseUrl(options);

  await buildIfNeeded(options.build, log);

  if (smokeName) {
    // The generator creates it; whatever happens next, it goes at the end.
    cleanups.push({
      name: 'drop the smoke database',
      run: () => adminQuery(url, `DROP DATABASE IF EXISTS ${smokeName} WITH (FORCE)`),
    });
  }
  const data = await loadBenchData(url, options.cases, log);

  const db = new Pool({ connectionString: url, max: 16 });
  cleanups.push({ name: 'close the pool', run: () => db.end() });
  cleanups.push({
    name: 'delete the Redis keys',
    run: () => deleteRedisKeys(redisUrl, redisPrefix),
  });

  const outDir = options.smoke
    ? mkdtempSync(join(tmpdir(), 'techpact-bench-smoke-'))
    : join(ROOT, 'bench');
  const logDir = mkdtempSync(join(tmpdir(), 'techpact-bench-logs-'));
  const system = { databaseUrl: url, redisUrl, redisPrefix, logDir };
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  log(`Starting the API on ${baseUrl} and the worker (Redis prefix ${redisPrefix})…`);
  const services: Service[] = [];
  cleanups.push({
    name: 'stop the API and worker',
    run: async () => void (await Promise.all(services.map((s) => s.stop()))),
  });
  // Side by side: both only need the database and Redis, and each takes a while to boot.
  const bootStarted = Date.now();
  const boot = { apiSeconds: 0, workerSeconds: 0 };
  const timed = <T>(start: Promise<T>, key: keyof typeof boot) =>
    start.then((service) => {
      boot[key] = Math.round((Date.now() - bootStarted) / 100) / 10;
      return service;
    });
  const settled = await Promise.allSettled([
    timed(startApi(system, port), 'apiSeconds'),
    timed(startWorker(system, baseUrl), 'workerSeconds'),
  ]);
  for (const outcome of settled) if (outcome.status === 'fulfilled') services.push(outcome.value);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  log(
    `  the API was ready after ${boot.apiSeconds} s, the worker processing the queues after ${boot.workerSeconds} s (logs: ${logDir}).`,
  );
  const [api, worker] = services as [Service, Service];

  const { accounts } = data.summary;
  const [coordinator, expert] = await Promise.all([
    BenchSession.signIn(baseUrl, accounts.coordinator, accounts.password),
    BenchSession.signIn(baseUrl, accounts.expert, accounts.password),
  ]);
  const context: BenchContext = {
    options,
    baseUrl,
    databaseUrl: url,
    db,
    data: data.summary,
    pids: { api: api.pid, worker: worker.pid },
    sessions: { coordinator, expert },
    drain: () => drain(db),
    log,
  };
  log(`  signed in as ${accounts.coordinator} and ${accounts.expert}.`);

  const scenarios: ScenarioResult[] = [];
  for (const id of options.scenarios) {
    scenarios.push(await runScenario(id, context));
    for (const service of services)
      if (service.child.exitCode !== null)
        throw new Error(
          `The ${service.name} exited (${service.child.exitCode}) during scenario ${id}:\n${service.output()}`,
        );
  }

  const { accounts: _accounts, sampleCaseIds: _ids, ...dataFigures } = data.summary;
  const results: BenchResults = {
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    options,
    machine: await machineInfo(db, redisUrl, loadAverage),
    data: { ...dataFigures, generatedNow: data.generatedNow, generatedAt: data.generatedAt },
    peakRssMethod:
      'the kernel high-water mark VmHWM of /proc/<pid>/status, reset before each measured run by writing 5 to /proc/<pid>/clear_refs',
    boot,
    scenarios,
  };
  writeResults(outDir, results);
  if (!options.smoke) {
    updateReadme(results);
    // The written Markdown is committed: keep it in the house format (CI checks it).
    spawnSync('npx', ['prettier', '--write', 'README.md', 'bench/results.md'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  console.log(
    `\n${markdownTable(results)}\n\nWritten to ${join(outDir, 'results.json')} and results.md${options.smoke ? '' : ', and README.md'}.`,
  );

  const problems = scenarios.flatMap((s) => s.problems.map((p) => `${s.id}. ${s.name}: ${p}`));
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    return 1;
  }
  return 0;
}

export function launch(argv: string[]): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the API and worker…`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  main(argv)
    .catch((error: unknown) => {
      console.error(error instanceof UsageError ? error.message : error);
      return error instanceof UsageError ? 2 : 1;
    })
    .then(async (code) => {
      log('Cleaning up…');
      await cleanUp();
      log(`Finished (exit ${code}).`);
      process.exit(code);
    });
}
