import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');

/**
 * Builds the API and the worker when dist/ lacks one of them (or when forced). The web is not
 * built here: scenario 8 makes its own production build (tools/bench/web.ts), and dist/apps/web
 * may hold the development build someone is serving.
 */
export async function buildIfNeeded(force: boolean, log: (line: string) => void): Promise<void> {
  if (!force && [API_MAIN, WORKER_MAIN].every((file) => existsSync(file))) return;
  log('Building the API and the worker (npx nx run-many -t build -p api worker)…');
  const build = spawn(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', '--outputStyle=static'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
    },
  );
  const status = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (status !== 0) throw new Error(`The build failed (exit ${status}).`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A child process of the run: its output is kept (the tail) for the error message. */
export interface Service {
  name: string;
  pid: number;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a built app; everything it writes goes to `logFile` (and its tail to errors). */
function startService(
  name: string,
  main: string,
  env: Record<string, string>,
  logFile: string,
): Service {
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const file = createWriteStream(logFile);
  const keep = (chunk: Buffer) => {
    file.write(chunk);
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      file.end();
      resolve();
    }),
  );
  return {
    name,
    pid: child.pid ?? 0,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface SystemEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Where api.log and worker.log go. */
  logDir: string;
}

function commonEnv(system: SystemEnv, appUrl: string): Record<string, string> {
  return {
    // Production, as deployed: the API and worker builds run with their production settings.
    NODE_ENV: 'production',
    DATABASE_URL: system.databaseUrl,
    REDIS_URL: system.redisUrl,
    REDIS_PREFIX: system.redisPrefix,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    APP_URL: appUrl,
    MAIL_FROM: 'TechPact bench <no-reply@techpact.test>',
    // The data generator migrated the database; a no-op check at start keeps a stale one honest.
    DB_MIGRATE_ON_START: 'true',
  };
}

export async function startApi(system: SystemEnv, port: number): Promise<Service> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = startService(
    'api',
    API_MAIN,
    {
      ...commonEnv(system, baseUrl),
      PORT: String(port),
      // warn: the bench measures the requests, not writing one log line per request to a pipe.
      LOG_LEVEL: 'warn',
    },
    join(system.logDir, 'api.log'),
  );
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null)
      throw new Error(`The API exited (${api.child.exitCode}) while starting:\n${api.output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).ok) return api;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await api.stop();
  throw new Error(`The API did not become ready within 90 s:\n${api.output()}`);
}

/**
 * The worker has started once it says so; at boot it reconciles every pending reminder into its
 * (empty, new-prefix) queue first, which at national scale takes minutes, hence the long wait.
 */
export async function startWorker(system: SystemEnv, appUrl: string): Promise<Service> {
  // info: "worker started" is how it says it is processing the queues.
  const worker = startService(
    'worker',
    WORKER_MAIN,
    { ...commonEnv(system, appUrl), LOG_LEVEL: 'info' },
    join(system.logDir, 'worker.log'),
  );
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (worker.child.exitCode !== null)
      throw new Error(
        `The worker exited (${worker.child.exitCode}) while starting:\n${worker.output()}`,
      );
    if (worker.output().includes('worker started')) return worker;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await worker.stop();
  throw new Error(`The worker did not start within 900 s:\n${worker.output()}`);
}

/**
 * Peak resident memory of a process between `reset` and `peakMb`: the kernel's high-water mark
 * (`VmHWM`), which writing 5 to /proc/<pid>/clear_refs sets back to the current RSS.
 */
export const peakRss = {
  reset(pid: number): void {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  },
  peakMb(pid: number): number {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (!match?.[1]) throw new Error(`No VmHWM in /proc/${pid}/status`);
    return Math.round((Number(match[1]) / 1024) * 10) / 10;
  },
};
