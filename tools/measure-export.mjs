#!/usr/bin/env node
/**
 * Measures the time-entry exports (issue 6): peak memory and time of the real export code
 * (TimeExportService: COPY TO STDOUT + streaming CSV/XLSX writers) for 10,000 and 1,000,000
 * rows. It creates a throwaway database on the local PostgreSQL (TEST_DATABASE_ADMIN_URL),
 * generates the rows with INSERT … SELECT generate_series, runs each export in a child process
 * of its own writing to a file, reads the child's peak RSS, prints a table and drops the database.
 *
 *   npm run measure:export            (or: node tools/measure-export.mjs 1000000 10000)
 *
 * The target: peak(1M) − peak(10k) ≤ 150 MB for each format.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const [large = 1_000_000, small = 10_000] = process.argv.slice(2).map(Number);

// The export code is TypeScript behind workspace aliases: bundle it once for the children.
const ENTRY = `
import { createWriteStream, statSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase } from '@techpact/api/infra-db/testing';
import { TimeExportService } from '@techpact/api/timesheets';

export { createTestDatabase, DataSource, dataSourceOptions };

export async function exportOnce(url: string, programmeId: string, adminId: string, format: 'csv' | 'xlsx', file: string) {
  let sampled = 0;
  const timer = setInterval(() => { sampled = Math.max(sampled, process.memoryUsage().rss); }, 20);
  const db = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await db.initialize();
  const started = process.hrtime.bigint();
  const result = await new TimeExportService(db).export(
    { id: adminId, role: 'admin', programmeId, municipalityIds: [], companyId: null },
    {},
    format,
    createWriteStream(file),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(timer);
  await db.destroy();
  return {
    ...result,
    seconds,
    // ru_maxrss is in kilobytes on Linux: the true peak, not a sample.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    sampledRssMb: sampled / 1024 / 1024,
    fileMb: statSync(file).size / 1024 / 1024,
  };
}
`;

const work = mkdtempSync(join(tmpdir(), 'tp-measure-'));
// Inside the workspace so that the bundle's externals resolve from its node_modules.
const bundleDir = join(root, 'node_modules', '.cache', 'tp-measure-export');
mkdirSync(bundleDir, { recursive: true });
const bundle = join(bundleDir, 'measure.cjs');
await build({
  stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'measure-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  outfile: bundle,
  tsconfig: join(root, 'libs/api/timesheets/tsconfig.lib.json'),
  logLevel: 'error',
  plugins: [
    {
      // Workspace aliases are bundled; packages come from node_modules at run time.
      name: 'externals',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@techpact/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});

const { createRequire } = await import('node:module');
const require = createRequire(join(root, 'package.json'));
const lib = require(bundle);

async function seed(db, label, rows) {
  const one = async (sql, params) => (await db.query(sql, params))[0]?.id;
  const programmeId = await one(`INSERT INTO programme (name) VALUES ($1) RETURNING id`, [label]);
  const municipalityId = await one(
    `INSERT INTO municipality (programme_id, name) VALUES ($1, 'Vesthimmerland') RETURNING id`,
    [programmeId],
  );
  const adminId = await one(
    `INSERT INTO app_user (programme_id, email, name, role) VALUES ($1, $2, 'Anne Admin', 'admin') RETURNING id`,
    [programmeId, `admin.${label.toLowerCase().replace(/\W/g, '')}@measure.test`],
  );
  await db.query(
    `INSERT INTO app_user (programme_id, email, name, role, organisation)
     SELECT $1, 'expert' || g || '.' || $2 || '@measure.test', 'Expert ' || g, 'expert', 'Aalborg University'
       FROM generate_series(1, 20) g`,
    [programmeId, label.toLowerCase().replace(/\W/g, '')],
  );
  await db.query(
    `INSERT INTO company (programme_id, municipality_id, name, registration_number)
     SELECT $1, $2, 'Company ' || g || ' ApS', (10000000 + g)::text FROM generate_series(1, 50) g`,
    [programmeId, municipalityId],
  );
  await db.query(
    `INSERT INTO case_file (programme_id, company_id, municipality_id, state, snapshot, machine_version)
     SELECT $1, c.id, $2, 'implementation', '{}'::jsonb, 1 FROM company c WHERE c.programme_id = $1`,
    [programmeId, municipalityId],
  );
  await db.query(
    `INSERT INTO agreement_version (case_id, number) SELECT id, 1 FROM case_file WHERE programme_id = $1`,
    [programmeId],
  );
  await db.query(
    `INSERT INTO agreement_upgrade (version_id, position, title, expert_id, planned_hours, target_date)
     SELECT v.id, k, 'Upgrade ' || k || ' of ' || c.name,
            (SELECT id FROM app_user WHERE programme_id = $1 AND role = 'expert' ORDER BY email LIMIT 1),
            200, date '2027-01-01'
       FROM agreement_version v JOIN case_file cf ON cf.id = v.case_id JOIN company c ON c.id = cf.company_id,
            generate_series(0, 3) k
      WHERE cf.programme_id = $1`,
    [programmeId],
  );
  await db.query(
    `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, expert_id, planned_hours, target_date)
     SELECT v.case_id, u.lineage_id, u.id, u.title, u.expert_id, u.planned_hours, u.target_date
       FROM agreement_upgrade u JOIN agreement_version v ON v.id = u.version_id
       JOIN case_file cf ON cf.id = v.case_id WHERE cf.programme_id = $1`,
    [programmeId],
  );
  const activities = await db.query(
    `SELECT a.id, a.case_id FROM activity a JOIN case_file cf ON cf.id = a.case_id WHERE cf.programme_id = $1 ORDER BY a.id`,
    [programmeId],
  );
  const experts = await db.query(
    `SELECT id FROM app_user WHERE programme_id = $1 AND role = 'expert' ORDER BY id`,
    [programmeId],
  );
  // A throwaway database: skip the per-row foreign-key triggers (the ids are taken from the rows
  // just written) so that a million rows take seconds, not minutes.
  await db.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(
      `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours, note, status, reject_reason)
     SELECT $1, ($2::uuid[])[g % $5 + 1], ($3::uuid[])[g % $5 + 1], ($4::uuid[])[g % $6 + 1], 'expert',
            date '2024-01-01' + (g % 700), ((g % 32) + 1) * 0.25,
            'Work on the cell, step ' || g || ', "quoted", with commas',
            (ARRAY['draft', 'submitted', 'approved', 'approved'])[g % 4 + 1], NULL
       FROM generate_series(1, $7) g`,
      [
        programmeId,
        activities.map((a) => a.case_id),
        activities.map((a) => a.id),
        experts.map((e) => e.id),
        activities.length,
        experts.length,
        rows,
      ],
    );
  });
  return { programmeId, adminId };
}

function child(url, target, format, file) {
  const script = `require(${JSON.stringify(bundle)}).exportOnce(${JSON.stringify(url)}, ${JSON.stringify(
    target.programmeId,
  )}, ${JSON.stringify(target.adminId)}, ${JSON.stringify(format)}, ${JSON.stringify(file)})
    .then((r) => { process.stdout.write(JSON.stringify(r)); })
    .catch((e) => { console.error(e); process.exit(1); });`;
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ['-e', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('exit', (code) =>
      code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`child exited ${code}`)),
    );
  });
}

const database = await lib.createTestDatabase('measure_export');
if (process.env.MEASURE_KEEP) console.log(`database: ${database.url}`);
const results = [];
try {
  const db = new lib.DataSource(lib.dataSourceOptions(database.url));
  await db.initialize();
  const t0 = Date.now();
  const targets = {
    [small]: await seed(db, `Measure ${small}`, small),
    [large]: await seed(db, `Measure ${large}`, large),
  };
  await db.query('ANALYZE');
  await db.destroy();
  console.log(
    `Generated ${small + large} time entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  for (const rows of [small, large]) {
    for (const format of ['csv', 'xlsx']) {
      const file = join(work, `export-${rows}.${format}`);
      const r = await child(database.url, targets[rows], format, file);
      if (r.written !== rows || r.total !== rows)
        throw new Error(`exported ${r.written} of ${rows}`);
      results.push({ rows, format, ...r });
      rmSync(file, { force: true });
    }
  }
} finally {
  if (!process.env.MEASURE_KEEP) await database.drop();
  rmSync(work, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padStart(n);
console.log(
  `\n${pad('rows', 10)} ${pad('format', 6)} ${pad('seconds', 8)} ${pad('peak RSS MB', 12)} ${pad('file MB', 8)}`,
);
for (const r of results) {
  console.log(
    `${pad(r.rows.toLocaleString('en'), 10)} ${pad(r.format, 6)} ${pad(r.seconds.toFixed(1), 8)} ${pad(
      r.peakRssMb.toFixed(1),
      12,
    )} ${pad(r.fileMb.toFixed(1), 8)}`,
  );
}
let ok = true;
for (const format of ['csv', 'xlsx']) {
  const peak = (rows) => results.find((r) => r.rows === rows && r.format === format).peakRssMb;
  const growth = peak(large) - peak(small);
  ok &&= growth <= 150;
  console.log(
    `${format}: peak(${large.toLocaleString('en')}) − peak(${small.toLocaleString('en')}) = ${growth.toFixed(1)} MB (target ≤ 150 MB)`,
  );
}
process.exitCode = ok ? 0 : 1;
