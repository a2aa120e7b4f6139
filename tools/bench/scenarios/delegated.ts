import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from '../load';
import { ROOT } from '../processes';
import { benchReminders } from '../reminders';
import { type BenchContext, type ScenarioResult } from '../types';
import { benchWeb } from '../web';

/** Scenario 6: the reminders relay and firing, one real worker process. */
export async function reminders(context: BenchContext): Promise<ScenarioResult> {
  const count = context.options.smoke ? 300 : 10_000;
  context.log(`  ${count} outbox rows relayed, then ${count} reminders fired…`);
  const result = await benchReminders({ count });
  return {
    id: 6,
    name: `Reminders (${count.toLocaleString('en')} relayed, ${count.toLocaleString('en')} fired)`,
    figures: [
      {
        label: 'relay',
        value: round(result.relay.rowsPerSecond),
        unit: 'rows/s',
        target: { op: '≥', value: 2000 },
      },
      {
        label: 'fire',
        value: round(result.fire.perSecond),
        unit: '/s',
        target: { op: '≥', value: 500 },
      },
      { label: 'lateness p50', value: round(result.fire.latenessP50Seconds, 2), unit: 's' },
      {
        label: 'lateness p95',
        value: round(result.fire.latenessP95Seconds, 2),
        unit: 's',
        target: { op: '<', value: 5 },
      },
      { label: 'lateness max', value: round(result.fire.latenessMaxSeconds, 2), unit: 's' },
      ...(result.spread
        ? [
            {
              label: `lateness p95 at ${result.spread.duePerSecond} due/s`,
              value: round(result.spread.latenessP95Seconds, 2),
              unit: 's',
            },
          ]
        : []),
      { label: 'peak RSS worker', value: round(result.workerPeakRssMb), unit: 'MB' },
    ],
    details: { ...result },
    problems: [],
    notes: [
      'Runs on a throwaway database and a redis-server of its own (tools/bench/reminders.ts).',
    ],
  };
}

/** Scenario 8: the web's initial JavaScript and Lighthouse on the login page and the case list. */
export async function web(context: BenchContext): Promise<ScenarioResult> {
  // The smoke run reuses an earlier production build when there is one (CI's build step makes
  // dist/apps/web) and audits with one preset: it checks that the harness runs, and the Angular
  // build alone takes minutes on a busy machine.
  const earlier = [join(ROOT, 'tmp/bench-web'), join(ROOT, 'dist/apps/web')].find(
    (dir) => context.options.smoke && isProductionBuild(dir),
  );
  const result = await benchWeb({
    apiUrl: context.baseUrl,
    smoke: context.options.smoke,
    distDir: earlier,
    only: context.options.smoke ? { presets: ['desktop'] } : undefined,
    credentials: {
      email: context.data.accounts.coordinator,
      password: context.data.accounts.password,
    },
    log: (line) => context.log(line),
  });
  const kB = (bytes: number) => Math.round(bytes / 100) / 10;
  return {
    id: 8,
    name: 'Web (production build)',
    figures: [
      {
        label: 'initial JS raw',
        value: kB(result.initialJs.rawBytes),
        unit: 'kB',
        target: { op: '<', value: 500 },
      },
      { label: 'initial JS gzip', value: kB(result.initialJs.gzipBytes), unit: 'kB' },
      ...result.lighthouse.flatMap((page) => [
        {
          label: `Lighthouse performance, ${page.page}`,
          value: page.performance,
          unit: '',
          target: { op: '≥' as const, value: 90 },
        },
        {
          label: `Lighthouse accessibility, ${page.page}`,
          value: page.accessibility,
          unit: '',
          target: { op: '≥' as const, value: 95 },
        },
      ]),
    ],
    details: { ...result, reusedBuild: earlier !== undefined },
    problems: [],
    notes: earlier ? [`Smoke: reused the production build in ${earlier}.`] : [],
  };
}

/** A production build's index.html loads a hashed main-*.js (a development build: main.js). */
function isProductionBuild(dir: string): boolean {
  const index = join(dir, 'browser/index.html');
  return existsSync(index) && /main-[A-Z0-9]+\.js/.test(readFileSync(index, 'utf8'));
}
