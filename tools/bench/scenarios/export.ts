import { performance } from 'node:perf_hooks';
import { round } from '../load';
import { peakRss } from '../processes';
import { type BenchContext, type ScenarioResult } from '../types';

interface ExportRun {
  from: string;
  /** Data rows in the file (lines less the header). */
  rows: number;
  megabytes: number;
  seconds: number;
  apiPeakRssMb: number;
}

/** The date from which the newest `rows` time entries of the programme start. */
async function fromDateFor(context: BenchContext, rows: number): Promise<string> {
  const { rows: found } = await context.db.query<{ date: string }>(
    `SELECT to_char(work_date, 'YYYY-MM-DD') AS date FROM (
       SELECT work_date FROM time_entry ORDER BY work_date DESC OFFSET $1 LIMIT 1) t
     UNION ALL
     SELECT to_char(min(work_date), 'YYYY-MM-DD') FROM time_entry
     LIMIT 1`,
    [rows - 1],
  );
  const date = found[0]?.date;
  if (!date) throw new Error('There are no time entries to export');
  return date;
}

/** Streams GET /api/time-entries/export.csv?from=… to nowhere, counting lines and bytes. */
async function exportOnce(context: BenchContext, from: string): Promise<ExportRun> {
  const { api } = context.pids;
  await context.drain();
  peakRss.reset(api);
  const started = performance.now();
  const response = await fetch(`${context.baseUrl}/api/time-entries/export.csv?from=${from}`, {
    headers: context.sessions.coordinator.headers(),
  });
  if (response.status !== 200 || !response.body)
    throw new Error(
      `The export answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
    );
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    from,
    rows: lines - 1,
    megabytes: round(bytes / 1024 / 1024),
    seconds: round(seconds, 2),
    apiPeakRssMb: peakRss.peakMb(api),
  };
}

/** Scenario 7: the CSV export of ~1,000,000 time entries against one of ~10,000 (peak RSS). */
export async function exportCsv(context: BenchContext): Promise<ScenarioResult> {
  const largeRows = context.options.smoke ? 20_000 : 1_000_000;
  context.log('  10,000-row export…');
  const small = await exportOnce(context, await fromDateFor(context, 10_000));
  context.log(`  ${largeRows.toLocaleString('en')}-row export…`);
  const large = await exportOnce(context, await fromDateFor(context, largeRows));
  const problems: string[] = [];
  if (large.rows < largeRows * 0.9)
    problems.push(`the large export had ${large.rows} rows, not about ${largeRows}`);
  return {
    id: 7,
    name: `Export (CSV, ${large.rows.toLocaleString('en')} time entries)`,
    figures: [
      {
        label: 'large export time',
        value: large.seconds,
        unit: 's',
        target: { op: '<', value: 30 },
      },
      { label: 'large export rows', value: large.rows, unit: '' },
      { label: 'large export peak RSS API', value: large.apiPeakRssMb, unit: 'MB' },
      { label: '10k export time', value: small.seconds, unit: 's' },
      { label: '10k export peak RSS API', value: small.apiPeakRssMb, unit: 'MB' },
      {
        label: 'peak RSS large − 10k',
        value: round(large.apiPeakRssMb - small.apiPeakRssMb),
        unit: 'MB',
        target: { op: '≤', value: 150 },
      },
    ],
    details: { small, large },
    problems,
    notes: [
      'Rows are whole days: the export takes every entry from a date on (`from`), the date chosen so that about the wanted number of the newest entries fall in it.',
    ],
  };
}
