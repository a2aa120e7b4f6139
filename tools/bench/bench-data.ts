import { Client } from 'pg';
import { type BenchDataSummary, benchDataPresent, BENCH_PASSWORD, generateBenchData } from './data';
import { readMarker } from './data/database';
import { BENCH_ACCOUNTS } from './data/people';
import { PAUSABLE_STATES } from './data/plan';

export interface LoadedBenchData {
  summary: BenchDataSummary;
  /** False when the data set was already there: `summary.seconds` is then 0 (not measured now). */
  generatedNow: boolean;
  generatedAt: string | null;
}

/** The summary of a data set generated earlier: its counts, the accounts, pausable cases. */
async function summaryOf(databaseUrl: string): Promise<BenchDataSummary> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (table: string) =>
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ??
      0;
    // Active and on-hold cases alike: the transitions scenario RESUMEs the ones on hold.
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM case_file WHERE state = ANY($1::text[]) OR state = 'onHold' ORDER BY id LIMIT 5000`,
      [PAUSABLE_STATES],
    );
    return {
      cases: await count('case_file'),
      companies: await count('company'),
      activities: await count('activity'),
      timeEntries: await count('time_entry'),
      auditEvents: await count('audit_event'),
      reminders: await count('reminder'),
      seconds: 0,
      accounts: { ...BENCH_ACCOUNTS, password: BENCH_PASSWORD },
      sampleCaseIds: { pausable: rows.map((row) => row.id) },
    };
  } finally {
    await client.end();
  }
}

/**
 * The API restores each case from its stored snapshot (a JSON object); a data set whose snapshots
 * are something else would make every case request fail, so the run stops before it starts.
 */
async function checkSnapshots(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; kind: string }>(
      `SELECT id, jsonb_typeof(snapshot) AS kind FROM case_file
        WHERE jsonb_typeof(snapshot) <> 'object' LIMIT 1`,
    );
    const [bad] = rows;
    if (bad)
      throw new Error(
        `Case ${bad.id} stores its lifecycle snapshot as a JSON ${bad.kind}, not an object: the API cannot restore it. Regenerate the data set (npm run bench:data).`,
      );
  } finally {
    await client.end();
  }
}

/** The data set of the run: generated when `databaseUrl` does not hold one of `cases` cases. */
export async function loadBenchData(
  databaseUrl: string,
  cases: number,
  log: (line: string) => void,
): Promise<LoadedBenchData> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (await benchDataPresent(databaseUrl, cases)) {
    const marker = await readMarker(databaseUrl);
    log(
      `The bench data (${cases.toLocaleString('en')} cases) is in ${name}, generated ${marker?.generatedAt ?? '?'}.`,
    );
    await checkSnapshots(databaseUrl);
    return {
      summary: await summaryOf(databaseUrl),
      generatedNow: false,
      generatedAt: marker?.generatedAt ?? null,
    };
  }
  const summary = await generateBenchData({ databaseUrl, cases, log: (line) => log(`  ${line}`) });
  await checkSnapshots(databaseUrl);
  return { summary, generatedNow: true, generatedAt: new Date().toISOString() };
}
