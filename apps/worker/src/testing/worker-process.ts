import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A worker running as its own OS process, as in production (so that it can be SIGKILLed). */
export interface WorkerProcess {
  pid: number;
  /** Resolves once the worker has booted (reconciled, processing the queues). */
  ready: Promise<void>;
  exited: Promise<number | null>;
  /** Everything it wrote, for the failure message of a test. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface WorkerEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_PREFIX?: string;
  SMTP_URL?: string;
  /** E.g. `--prof` to profile the worker (the benchmark passes BENCH_WORKER_NODE_OPTIONS). */
  NODE_OPTIONS?: string;
}

const ENTRY = join(__dirname, 'run-worker.cjs');

/** Starts `apps/worker/src/main.ts` (transpiled on the fly) with the given services. */
export function spawnWorker(
  env: WorkerEnv,
  // Booting transpiles the worker from source: on a crowded machine that can take over a minute.
  bootTimeoutMs = Number(process.env['WORKER_BOOT_TIMEOUT_MS'] ?? 60_000),
): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, [ENTRY], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      SESSION_SECRET: 'w'.repeat(32),
      MAIL_FROM: 'TechPact <no-reply@techpact.test>',
      APP_URL: 'https://techpact.test',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    const timer = setTimeout(
      () => reject(new Error(`The worker did not start within ${bootTimeoutMs} ms:\n${output}`)),
      bootTimeoutMs,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The worker exited (${code}) before it started:\n${output}`));
    });
    const resolveOnce = () => {
      clearTimeout(timer);
      resolve();
    };
    onReady = resolveOnce;
  });
  // An exit after a test has moved on is expected (kill); keep the rejection from going unhandled.
  ready.catch(() => undefined);
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('worker started')) onReady();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    pid: child.pid ?? 0,
    ready,
    exited,
    output: () => output,
    kill: async (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
