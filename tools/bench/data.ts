/**
 * The benchmark's data set (issue 9): a national programme at `--cases N` (100,000 by default in
 * the issue): 98 municipalities, N companies with one case each over every lifecycle state, the
 * audit trail, stage stays, assessments, agreements, 4N activities, 20N time entries, outcomes,
 * relayed outbox rows and reminders. Everything is generated in SQL (INSERT … SELECT), on one
 * connection, into a database that is dropped and created again each run.
 *
 *   npm run bench:data -- --cases 100000 [--database-url postgres://…/techpact_bench]
 */
import { readFileSync } from 'node:fs';
import { PasswordService } from '@techpact/api/auth';
import { type Client } from 'pg';
import {
  DOCUMENT_HASH,
  insertActivities,
  insertAgreements,
  insertAssessments,
  insertOutcomes,
} from './data/agreements';
import { insertCaseExperts, insertCases, insertCompanies, loadPlan, planCases } from './data/cases';
import { readMarker, recreateDatabase, withClient, writeMarker } from './data/database';
import { insertTimeEntries } from './data/hours';
import { BENCH_ACCOUNTS, insertPeople, insertProgramme } from './data/people';
import { PAUSABLE_STATES } from './data/plan';
import { insertAuditEvents, insertOutboxAndReminders, insertStageStays } from './data/trail';

export const BENCH_PASSWORD = 'techpact-bench';
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/techpact_bench';
/** How many pausable case ids the summary lists (the transitions scenario uses each once). */
const PAUSABLE_SAMPLE = 5_000;

export interface BenchDataSummary {
  cases: number;
  companies: number;
  activities: number;
  timeEntries: number;
  auditEvents: number;
  reminders: number;
  seconds: number;
  accounts: { admin: string; coordinator: string; expert: string; sme: string; password: string };
  sampleCaseIds: {
    pausable: string[]; /* ≥ 2,000 distinct cases in states where PAUSE is allowed */
  };
}

export interface BenchDataOptions {
  databaseUrl: string;
  cases: number;
  log?: (line: string) => void;
}

/** Tables whose secondary indexes are built after the rows are in (much faster than per row). */
const BULK_TABLES = [
  'company',
  'company_contact',
  'app_user',
  'case_file',
  'case_expert',
  'audit_event',
  'case_stage_stay',
  'outbox',
  'reminder',
  'assessment',
  'assessment_score',
  'agreement_version',
  'agreement_upgrade',
  'agreement_signer',
  'activity',
  'time_entry',
  'case_outcome',
];

function checkCases(cases: number): void {
  if (!Number.isInteger(cases) || cases < 1 || cases > 1_000_000) {
    throw new Error(`--cases must be a whole number from 1 to 1,000,000; got ${cases}.`);
  }
}

/** Whether `databaseUrl` holds a complete generated set of exactly `cases` cases. */
export async function benchDataPresent(databaseUrl: string, cases: number): Promise<boolean> {
  const marker = await readMarker(databaseUrl).catch(() => null);
  return marker !== null && marker.complete && marker.cases === cases;
}

export async function generateBenchData(options: BenchDataOptions): Promise<BenchDataSummary> {
  const { databaseUrl, cases } = options;
  checkCases(cases);
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  // The generating connection's backend, whose CPU time each phase also reports: on a busy
  // machine wall time says little, CPU time what the work costs (parallel workers not counted).
  let backendPid: number | null = null;
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const cpu0 = backendCpuSeconds(backendPid);
    const result = await work();
    const cpu1 = backendCpuSeconds(backendPid);
    const cpu =
      cpu0 !== null && cpu1 !== null ? `  (backend CPU ${(cpu1 - cpu0).toFixed(1)} s)` : '';
    log(`  ${name.padEnd(34)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s${cpu}`);
    return result;
  };

  log(
    `Generating ${cases.toLocaleString('en')} cases into ${new URL(databaseUrl).pathname.slice(1)}`,
  );
  const passwordHash = await phase('password hash (argon2id)', () =>
    new PasswordService().hash(BENCH_PASSWORD),
  );
  await phase('database created and migrated', () => recreateDatabase(databaseUrl, cases));

  return withClient(databaseUrl, async (client) => {
    backendPid =
      (await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows[0]?.pid ?? null;
    await phase('plan (lifecycle paths)', async () => {
      await prepareSession(client);
      await loadPlan(client, cases);
    });
    const programmeId = await phase('programme and dimensions', () =>
      insertProgramme(client, databaseUrl, cases),
    );
    // From here on: no triggers and no foreign-key checks (replica mode), secondary indexes
    // dropped; both come back, and every unique index is rebuilt, before the end.
    await client.query(`SET session_replication_role = replica`);
    const indexes = await dropSecondaryIndexes(client);
    const { adminId } = await phase('municipalities and staff', () =>
      insertPeople(client, programmeId, passwordHash),
    );
    await phase('cases planned', () => planCases(client, cases));
    await phase('companies, contacts, SME users', () => insertCompanies(client, programmeId));
    await phase('cases', () => insertCases(client, programmeId));
    await phase('audit events', () => insertAuditEvents(client, DOCUMENT_HASH));
    await phase('experts of cases', () => insertCaseExperts(client));
    await phase('stage stays', () => insertStageStays(client));
    await phase('outbox and reminders', () =>
      insertOutboxAndReminders(client, programmeId, DOCUMENT_HASH),
    );
    await phase('assessments and scores', () => insertAssessments(client, programmeId));
    await phase('agreements, upgrades, signers', () => insertAgreements(client, cases * 4));
    await phase('activities', () => insertActivities(client));
    await phase('outcomes', () => insertOutcomes(client));
    await phase('time entries and locks', () =>
      insertTimeEntries(client, programmeId, adminId, cases * 20),
    );
    // Replica mode skipped the triggers that keep the dashboard’s daily totals and the case
    // list's counts.
    await phase('dashboard daily totals and case counts', () =>
      client.query(`SELECT dashboard_daily_rebuild(), case_state_count_rebuild()`),
    );
    await client.query(`SET session_replication_role = origin`);
    await phase('indexes rebuilt', () => recreateIndexes(client, indexes));
    await phase('foreign keys checked', () => checkForeignKeys(client));
    // VACUUM sets the visibility map, so index-only scans work as on a settled database.
    await phase('vacuum analyze', () => client.query(`VACUUM (ANALYZE)`));

    const summary = await summarise(client, (Date.now() - started) / 1000);
    await writeMarker(client, {
      techpactBench: 1,
      cases,
      complete: true,
      generatedAt: new Date().toISOString(),
    });
    log(
      `Done in ${summary.seconds.toFixed(1)} s: ${JSON.stringify(await rowCounts(client), null, 0)}`,
    );
    return summary;
  });
}

/** User + system CPU seconds of a local process from /proc; null when not readable (remote server). */
function backendCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100/s).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function prepareSession(client: Client): Promise<void> {
  const { rows } = await client.query<{ superuser: boolean }>(
    `SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
  );
  if (!rows[0]?.superuser) {
    throw new Error('The bench generator needs a superuser connection (it loads in replica mode).');
  }
  // Reproducible choices run to run; the load is one transaction per statement, never synced.
  await client.query(`SELECT setseed(0.42)`);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SET work_mem = '64MB'`);
}

/** Drops the indexes of the bulk tables that no constraint owns; returns their definitions. */
async function dropSecondaryIndexes(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY (SELECT unnest($1::text[])::regclass)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}

async function recreateIndexes(client: Client, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await client.query(definition);
}

/**
 * Every foreign key of the bulk tables, checked in one anti-join each (replica mode skipped
 * them while loading): a generator bug fails here rather than in the application.
 */
async function checkForeignKeys(client: Client): Promise<void> {
  const { rows } = await client.query<{
    tbl: string;
    cols: string[];
    ref: string;
    refcols: string[];
  }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref,
            ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS cols,
            ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS refcols
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT unnest($1::text[])::regclass)`,
    [BULK_TABLES],
  );
  for (const fk of rows) {
    const join = fk.cols.map((col, i) => `r.${fk.refcols[i]} = t.${col}`).join(' AND ');
    const notNull = fk.cols.map((col) => `t.${col} IS NOT NULL`).join(' AND ');
    const { rows: broken } = await client.query(
      `SELECT 1 FROM ${fk.tbl} t WHERE ${notNull}
          AND NOT EXISTS (SELECT 1 FROM ${fk.ref} r WHERE ${join}) LIMIT 1`,
    );
    if (broken.length > 0) {
      throw new Error(`Generated ${fk.tbl}.${fk.cols.join(',')} names a missing ${fk.ref} row`);
    }
  }
}

async function count(client: Client, table: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}

async function rowCounts(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...BULK_TABLES, 'municipality']) counts[table] = await count(client, table);
  return counts;
}

async function summarise(client: Client, seconds: number): Promise<BenchDataSummary> {
  // Spread over the pausable states (the harness PAUSEs and RESUMEs each once).
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY state ORDER BY id) AS k
         FROM case_file WHERE state = ANY($1::text[])) s
      ORDER BY k, id LIMIT $2`,
    [PAUSABLE_STATES, PAUSABLE_SAMPLE],
  );
  return {
    cases: await count(client, 'case_file'),
    companies: await count(client, 'company'),
    activities: await count(client, 'activity'),
    timeEntries: await count(client, 'time_entry'),
    auditEvents: await count(client, 'audit_event'),
    reminders: await count(client, 'reminder'),
    seconds: Math.round(seconds * 10) / 10,
    accounts: { ...BENCH_ACCOUNTS, password: BENCH_PASSWORD },
    sampleCaseIds: { pausable: rows.map((row) => row.id) },
  };
}

function parseArgs(argv: readonly string[]): { cases: number; databaseUrl: string } {
  let cases = 100_000;
  let databaseUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--cases' && value !== undefined) {
      cases = Number(value);
      i += 1;
    } else if (arg === '--database-url' && value !== undefined) {
      databaseUrl = value;
      i += 1;
    } else {
      throw new Error(
        `Unknown argument "${arg}". Usage: bench:data -- --cases N [--database-url URL]`,
      );
    }
  }
  checkCases(cases);
  return { cases, databaseUrl };
}

export async function main(argv: readonly string[]): Promise<void> {
  const { cases, databaseUrl } = parseArgs(argv);
  const summary = await generateBenchData({ databaseUrl, cases });
  console.log(
    JSON.stringify(
      { ...summary, sampleCaseIds: { pausable: summary.sampleCaseIds.pausable.length } },
      null,
      2,
    ),
  );
}
