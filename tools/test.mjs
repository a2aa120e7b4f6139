#!/usr/bin/env node
// `npm test`: every test — unit and integration (Jest, Vitest) against the PostgreSQL and
// Redis of this machine, the API end-to-end suite, and the browser tests in chromium.
// Each suite makes its own databases and Redis key prefix; the demo data is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPortOpen } from './lib/net.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
};

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const problems = [];
if (!(await isPortOpen(5432)))
  problems.push(
    'PostgreSQL is not answering on 127.0.0.1:5432 (set TEST_DATABASE_ADMIN_URL for another server).',
  );
if (!(await isPortOpen(6379)))
  problems.push(
    'Redis is not answering on 127.0.0.1:6379: start one with redis-server --daemonize yes --save "" --appendonly no',
  );
if (!existsSync(chromium))
  problems.push(
    `No chromium at ${chromium}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
  );
if (problems.length > 0) {
  console.error(`The tests need:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}

const steps = [
  [
    'unit and integration tests',
    ['nx', 'run-many', '-t', 'test', '--parallel=2', '--skip-nx-cache', '--outputStyle=static'],
  ],
  ['API end-to-end tests', ['nx', 'run', 'api-e2e:e2e', '--skip-nx-cache', '--outputStyle=static']],
  // The benchmark harness on 1,000 cases for a few seconds a scenario: it must run, timings aside.
  ['benchmark smoke', ['node', 'tools/bench/run.cjs', '--smoke']],
  [
    'browser tests (chromium)',
    ['nx', 'run', 'web-e2e:e2e', '--skip-nx-cache', '--outputStyle=static'],
  ],
];

const results = [];
for (const [name, args] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: npx ${args.join(' ')}`);
  const { status } = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n=== summary');
for (const { name, ok, seconds } of results)
  console.log(`${ok ? 'passed' : 'FAILED'}  ${name} (${seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
