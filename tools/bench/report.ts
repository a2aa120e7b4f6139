import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { type Pool } from 'pg';
import { type BenchOptions } from './options';
import { ROOT } from './processes';
import { type BenchDataSummary } from './data';
import { type ScenarioResult, met } from './types';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  loadAverageAtStart: number[];
  node: string;
  postgres: string;
  redis: string;
  date: string;
  gitCommit: string;
  gitDirty: boolean;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function machineInfo(
  db: Pool,
  redisUrl: string,
  loadAverage: number[],
): Promise<Machine> {
  const { rows } = await db.query<{ server_version: string }>(`SHOW server_version`);
  let redis = 'unknown';
  try {
    const url = new URL(redisUrl);
    const info = execFileSync(
      'redis-cli',
      ['-h', url.hostname, '-p', url.port || '6379', 'INFO', 'server'],
      {
        encoding: 'utf8',
      },
    );
    redis = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
  } catch {
    // redis-cli missing: the version stays unknown, the bench does not need it
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAverageAtStart: loadAverage.map((n) => Math.round(n * 100) / 100),
    node: process.version,
    postgres: rows[0]?.server_version ?? 'unknown',
    redis,
    date: new Date().toISOString(),
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: git(['status', '--porcelain']) !== '',
  };
}

export interface BenchResults {
  command: string;
  options: BenchOptions;
  machine: Machine;
  data: Omit<BenchDataSummary, 'accounts' | 'sampleCaseIds'> & {
    generatedNow: boolean;
    generatedAt: string | null;
  };
  peakRssMethod: string;
  /** Seconds from spawning to ready (the worker reconciles every pending reminder at boot). */
  boot: { apiSeconds: number; workerSeconds: number };
  scenarios: ScenarioResult[];
}

function show(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  const text = Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en') : String(value);
  return unit ? `${text} ${unit}` : text;
}

/** One table cell: the first line of a message, without the table's pipes, not too long. */
function cell(text: string): string {
  const line = (text.split('\n')[0] ?? '').replace(/\|/g, '/');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** The Markdown table: one row per figure, its target and whether it was met. */
export function markdownTable(results: BenchResults): string {
  const lines = [
    '| Scenario | Figure | Measured | Target | Met |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const scenario of results.scenarios) {
    if (scenario.figures.length === 0)
      lines.push(
        `| ${scenario.id}. ${scenario.name} | did not run | ${cell(scenario.problems.join('; '))} | | ✗ |`,
      );
    for (const figure of scenario.figures) {
      const target = figure.target
        ? `${figure.target.op} ${show(figure.target.value, figure.unit)}`
        : '';
      const ok = met(figure);
      lines.push(
        `| ${scenario.id}. ${scenario.name} | ${figure.label} | ${show(figure.value, figure.unit)} | ${target} | ${ok === null ? '' : ok ? '✓' : '✗'} |`,
      );
    }
  }
  return lines.join('\n');
}

function preamble(results: BenchResults): string {
  const { machine, data, options } = results;
  return [
    `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC at commit ${machine.gitCommit.slice(0, 10)}${machine.gitDirty ? ' (with uncommitted changes)' : ''}`,
    `on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgres}, Redis ${machine.redis};`,
    `load average at start ${machine.loadAverageAtStart.join(' / ')} (the machine is shared: absolute figures drift, compare ratios).`,
    `Data: ${data.cases.toLocaleString('en')} cases, ${data.activities.toLocaleString('en')} activities, ${data.timeEntries.toLocaleString('en')} time entries, ${data.auditEvents.toLocaleString('en')} audit events, ${data.reminders.toLocaleString('en')} reminders${data.generatedNow ? ` (generated in ${data.seconds} s by this run)` : ` (generated ${data.generatedAt ?? 'earlier'}; npm run bench:data reports its time)`}.`,
    `Start-up: API ready after ${results.boot.apiSeconds} s, worker after ${results.boot.workerSeconds} s (it queues every pending reminder into its new Redis prefix first).`,
    `Each load scenario: ${options.warmupSeconds} s warm-up, then ${options.durationSeconds} s measured; peak RSS: ${results.peakRssMethod}.`,
  ].join('\n');
}

export function markdown(results: BenchResults): string {
  const notes = results.scenarios.flatMap((s) =>
    [...s.notes, ...s.problems].map((note) => `- ${s.id}. ${cell(note)}`),
  );
  return [
    `# Benchmark results`,
    '',
    `\`${results.command}\``,
    '',
    preamble(results),
    '',
    markdownTable(results),
    '',
    ...(notes.length > 0 ? ['Notes:', '', ...notes, ''] : []),
  ].join('\n');
}

export function writeResults(dir: string, results: BenchResults): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'results.md'), markdown(results));
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the README's Performance section between the markers (adds it if missing). */
export function updateReadme(results: BenchResults): void {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const body = [
    START,
    '',
    preamble(results),
    '',
    markdownTable(results),
    '',
    'Full figures (latency percentiles, status codes, peak memory per process): `bench/results.json`.',
    '',
    END,
  ].join('\n');
  if (readme.includes(START) && readme.includes(END)) {
    const before = readme.slice(0, readme.indexOf(START));
    const after = readme.slice(readme.indexOf(END) + END.length);
    writeFileSync(file, before + body + after);
    return;
  }
  const section = [
    '## Performance',
    '',
    'The benchmark (issue 9) runs the built API and worker on a generated national-scale data set',
    'and measures each scenario with autocannon beside its target:',
    '',
    '```sh',
    'npm run bench:data -- --cases 100000   # once: 100,000 cases into DATABASE_URL (default techpact_bench)',
    'npm run bench                          # all scenarios; --scenarios 1,2 --duration 20 --smoke',
    '```',
    '',
    body,
    '',
  ].join('\n');
  const anchor = readme.indexOf('\n## Deployment');
  writeFileSync(
    file,
    anchor >= 0
      ? `${readme.slice(0, anchor + 1)}${section}\n${readme.slice(anchor + 1)}`
      : `${readme.trimEnd()}\n\n${section}`,
  );
}
