/**
 * Companies (valid CVR numbers), their contact and SME user, and one case each on a lifecycle
 * path of plan.ts. `bench_case` (a temp table) holds each case's choices for the later phases.
 */
import { type Client } from 'pg';
import { type CasePath, casePaths } from './plan';
import { BENCH_ACCOUNTS, BENCH_DOMAIN, EXPERTS } from './people';
import {
  COMPANY_FORMS,
  COMPANY_WORDS_1,
  COMPANY_WORDS_2,
  FIRST_NAMES,
  LAST_NAMES,
  SECTORS,
  STREETS,
} from './names';

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** `count` distinct CVR numbers: 8 digits, no leading 0, weighted sum divisible by 11. */
export function cvrNumbers(count: number): string[] {
  const numbers: string[] = [];
  // A stride coprime to 9,000,000 visits every 7-digit prefix once before repeating.
  for (let i = 0; numbers.length < count; i += 1) {
    if (i >= 9_000_000) throw new Error(`There are not ${count} CVR numbers`);
    const prefix = String(1_000_000 + ((i * 7_919) % 9_000_000));
    const sum = [...prefix].reduce((total, d, k) => total + Number(d) * (CVR_WEIGHTS[k] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) numbers.push(prefix + String(check));
  }
  return numbers;
}

/** Case counts per path, in proportion to the weights and adding up to `cases` exactly. */
function pathCounts(paths: readonly CasePath[], cases: number): number[] {
  const total = paths.reduce((sum, path) => sum + path.weight, 0);
  const exact = paths.map((path) => (path.weight * cases) / total);
  const counts = exact.map(Math.floor);
  let missing = cases - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (missing-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** `bench_path` and `bench_step`: the plan, as tables to join on. */
export async function loadPlan(client: Client, cases: number): Promise<void> {
  const paths = casePaths();
  const counts = pathCounts(paths, cases);
  let upTo = 0;
  const rows = paths.map((path, idx) => {
    const lo = upTo;
    upTo += counts[idx] ?? 0;
    const last = path.steps[path.steps.length - 1];
    return {
      idx,
      key: path.key,
      state: path.state,
      snapshot: path.snapshot,
      machine_version: path.machineVersion,
      final_version: last?.version ?? 0,
      lo,
      hi: upTo,
      idle_min: path.idleDays[0],
      idle_max: path.idleDays[1],
      typical_days: path.totalDays,
      t0: path.t0,
      t0_started_step: path.t0StartedStep,
      t0_submitted_step: path.t0SubmittedStep,
      work_from_step: path.workFromStep,
      work_to_step: path.workToStep,
      activities_closed: path.activitiesClosed,
      outcomes: path.outcomes,
      closed: path.closed,
      signing: path.versions.some((version) => version.status !== 'draft'),
      scheduled: path.steps.some((step) => step.eventType === 'SCHEDULE_ASSESSMENT'),
      complete_step: path.steps.find((step) => step.eventType === 'COMPLETE')?.version ?? null,
      completion_step:
        path.steps.find((step) => step.eventType === 'BEGIN_COMPLETION')?.version ?? null,
    };
  });
  await client.query(
    `CREATE TEMP TABLE bench_path AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(
       idx int, key text, state text, snapshot jsonb, machine_version int, final_version int,
       lo int, hi int, idle_min int, idle_max int, typical_days int, t0 text, t0_started_step int,
       t0_submitted_step int, work_from_step int, work_to_step int, activities_closed boolean,
       outcomes text, closed boolean, signing boolean, scheduled boolean, complete_step int,
       completion_step int)`,
    [JSON.stringify(rows)],
  );
  const steps = paths.flatMap((path, idx) =>
    path.steps.map((step) => ({
      path_idx: idx,
      version: step.version,
      event_type: step.eventType,
      from_state: step.fromState,
      to_state: step.toState,
      actor: step.actor,
      payload: step.payload,
      effects: step.effects,
      at: step.at,
    })),
  );
  await client.query(
    `CREATE TEMP TABLE bench_step AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(
       path_idx int, version int, event_type text, from_state text, to_state text, actor text,
       payload jsonb, effects jsonb, at float8)`,
    [JSON.stringify(steps)],
  );
  const versions = paths.flatMap((path, idx) =>
    path.versions.map((version) => ({
      path_idx: idx,
      number: version.number,
      status: version.status,
      created_step: version.createdStep,
      sent_step: version.sentStep,
      signed_step: version.signedStep,
      in_force_step: version.inForceStep,
      closed_reason: version.closedReason,
    })),
  );
  await client.query(
    `CREATE TEMP TABLE bench_version_plan AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(
       path_idx int, number int, status text, created_step int, sent_step int, signed_step int,
       in_force_step int, closed_reason text)`,
    [JSON.stringify(versions)],
  );
}

/**
 * `bench_case`: per case its path (shuffled, in exact proportions), municipality (weighted),
 * coordinator, expert (round robin, so each of the experts has ~cases/200), company name, CVR
 * and the times of its first and last event.
 */
export async function planCases(client: Client, cases: number): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE bench_case AS
     WITH base AS (
       SELECT n, random() AS r_muni, random() AS r_idle, random() AS r_len,
              row_number() OVER (ORDER BY random()) AS pos
         FROM generate_series(1, $1::int) n)
     SELECT b.n, p.idx AS path_idx, m.id AS municipality_id, m.name AS municipality_name,
            m.coordinator_id, e.id AS expert_id, gen_random_uuid() AS company_id,
            gen_random_uuid() AS case_id, cvr.cvr,
            ($3::text[])[1 + (b.n * 7) % cardinality($3::text[])] || ' ' ||
            ($4::text[])[1 + (b.n * 13 + b.n / 40) % cardinality($4::text[])] || ' ' ||
            ($5::text[])[1 + b.n % cardinality($5::text[])] AS company_name,
            CASE WHEN p.signing THEN gen_random_uuid() END AS sme_user_id,
            now() - make_interval(days => p.idle_min) - (p.idle_max - p.idle_min) * b.r_idle * interval '1 day'
              AS last_event_at,
            p.typical_days * (0.6 + 0.8 * b.r_len) * interval '1 day' AS span
       FROM base b
       JOIN bench_path p ON b.pos > p.lo AND b.pos <= p.hi
       JOIN bench_municipality m ON b.r_muni >= m.lo AND b.r_muni < m.hi
       JOIN bench_expert e ON e.idx = (b.n - 1) % $6::int
       JOIN unnest($2::text[]) WITH ORDINALITY AS cvr(cvr, n) ON cvr.n = b.n`,
    [cases, cvrNumbers(cases), COMPANY_WORDS_1, COMPANY_WORDS_2, COMPANY_FORMS, EXPERTS],
  );
  await client.query(`ALTER TABLE bench_case ADD COLUMN opened_at timestamptz`);
  await client.query(`UPDATE bench_case SET opened_at = last_event_at - span`);
  await client.query(`CREATE UNIQUE INDEX ON bench_case (n)`);
  await client.query(`CREATE UNIQUE INDEX ON bench_case (case_id)`);
  await client.query(`ANALYZE bench_case`);
}

/** Companies, one contact each, and an SME user for each company whose agreement was sent. */
export async function insertCompanies(client: Client, programmeId: string): Promise<void> {
  await client.query(
    `INSERT INTO company (id, programme_id, municipality_id, name, registration_number, country,
                          employees, sector_code, turnover_band, address_line, postal_code, city,
                          created_at, updated_at)
     SELECT c.company_id, $1, c.municipality_id, c.company_name, c.cvr, 'DK', e.employees,
            ($2::text[])[1 + (c.n * 11) % cardinality($2::text[])],
            CASE WHEN e.employees < 10 THEN 'upTo2m' WHEN e.employees < 50 THEN 'upTo10m'
                 WHEN e.employees < 250 THEN 'upTo50m' ELSE 'over50m' END,
            ($3::text[])[1 + (c.n * 5) % cardinality($3::text[])] || ' ' || (1 + c.n % 120),
            (1000 + (c.n * 37) % 8990)::text, c.municipality_name,
            c.opened_at - interval '30 days', c.opened_at - interval '30 days'
       FROM bench_case c,
            LATERAL (SELECT floor(exp(random() * ln(400)))::int AS employees) e`,
    [programmeId, SECTORS, STREETS],
  );
  await client.query(
    `INSERT INTO company_contact (company_id, name, role, email, phone, created_at, updated_at)
     SELECT c.company_id, ${personName('c.n')}, 'Managing director',
            'contact.' || c.n || '@company-' || c.cvr || '.dk',
            '+45 ' || lpad(((c.n * 7919) % 100000000)::text, 8, '0'),
            c.opened_at - interval '30 days', c.opened_at - interval '30 days'
       FROM bench_case c`,
    [],
  );
  // The bench SME is the SME user of the first company whose case is in implementation.
  await client.query(
    `INSERT INTO app_user (id, programme_id, email, name, role, language, company_id, password_hash)
     SELECT c.sme_user_id, $1,
            CASE WHEN c.n = s.n THEN $2 ELSE 'sme.' || c.n || '@${BENCH_DOMAIN}' END,
            CASE WHEN c.n = s.n THEN 'Bench SME' ELSE ${personName('c.n')} END, 'sme', 'da', c.company_id,
            CASE WHEN c.n = s.n THEN $3 END
       FROM bench_case c,
            (SELECT min(c2.n) AS n FROM bench_case c2 JOIN bench_path p ON p.idx = c2.path_idx
              WHERE p.key = 'implementing') s
      WHERE c.sme_user_id IS NOT NULL`,
    [programmeId, BENCH_ACCOUNTS.sme, await passwordHashOf(client)],
  );
}

/** The bench accounts share one hash; read it back rather than hashing again. */
async function passwordHashOf(client: Client): Promise<string> {
  const { rows } = await client.query<{ hash: string }>(
    `SELECT password_hash AS hash FROM app_user WHERE email = $1`,
    [BENCH_ACCOUNTS.admin],
  );
  const hash = rows[0]?.hash;
  if (!hash) throw new Error('The bench admin has no password hash');
  return hash;
}

/** A person's name from a number, as SQL. */
function personName(n: string): string {
  const first = `ARRAY[${FIRST_NAMES.map((name) => `'${name}'`).join(',')}]`;
  const last = `ARRAY[${LAST_NAMES.map((name) => `'${name}'`).join(',')}]`;
  return `(${first})[1 + (${n} * 3) % ${FIRST_NAMES.length}] || ' ' || (${last})[1 + (${n} * 7 + ${n} / 30) % ${LAST_NAMES.length}]`;
}

/** The case rows, as the lifecycle stores them at the end of each path, and their experts. */
export async function insertCases(client: Client, programmeId: string): Promise<void> {
  await client.query(
    // company_name: replica mode skips the trigger that copies it from the company.
    `INSERT INTO case_file (id, programme_id, company_id, company_name, municipality_id,
                            coordinator_id, state, snapshot, machine_version, version, opened_at,
                            updated_at, last_event_at)
     SELECT c.case_id, $1, c.company_id, co.name, c.municipality_id, c.coordinator_id, p.state,
            p.snapshot, p.machine_version, p.final_version, c.opened_at, c.last_event_at,
            c.last_event_at
       FROM bench_case c JOIN bench_path p ON p.idx = c.path_idx
       JOIN company co ON co.id = c.company_id`,
    [programmeId],
  );
}

/** Experts assigned at SCHEDULE_ASSESSMENT (version 1); the same expert carries out the upgrades. */
export async function insertCaseExperts(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO case_expert (case_id, expert_id, assigned_at)
     SELECT c.case_id, c.expert_id, a.created_at
       FROM bench_case c JOIN audit_event a ON a.case_id = c.case_id AND a.version = 1
       JOIN bench_path p ON p.idx = c.path_idx
      WHERE p.scheduled`,
  );
}
