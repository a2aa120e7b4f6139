import { type CaseWorld, createCaseWorld } from '@techpact/api/cases/testing';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { DataSource } from 'typeorm';
import { at, ReportingFixture } from '../../testing/reporting-world';

interface Total {
  municipality: string;
  day: string;
  kind: string;
  hours: number;
  entries: number;
}

/** The daily hours as kept by the triggers (days netted to nothing left out), and as computed. */
const KEPT = `SELECT municipality_id AS municipality, day::text AS day, part AS kind,
                     total::float8 AS hours, n::int AS entries
                FROM dashboard_daily
               WHERE figure = 'hours' AND municipality_id IS NOT NULL AND n <> 0 ORDER BY 1, 2, 3`;
const COMPUTED = `SELECT cf.municipality_id AS municipality, t.work_date::text AS day,
                         t.person_kind AS kind, sum(t.hours)::float8 AS hours, count(*)::int AS entries
                    FROM time_entry t JOIN case_file cf ON cf.id = t.case_id
                   WHERE t.status = 'approved' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

interface Figure {
  municipality: string | null;
  day: string;
  figure: string;
  part: string;
  n: number;
  total: number;
  totalB: number;
}

/** Every figure, days netted to nothing left out. */
const EVERY = `SELECT municipality_id AS municipality, day::text AS day, figure, part, n::int AS n,
                      round(total, 6)::float8 AS total, round(total_b, 6)::float8 AS "totalB"
                 FROM dashboard_daily WHERE n <> 0 OR total <> 0 OR total_b <> 0
                ORDER BY 1 NULLS FIRST, 2, 3, 4`;

describe('the dashboard’s daily totals, kept by triggers (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let fx: ReportingFixture;
  let activityA: string;
  let activityB: string;
  let caseA: string;
  let caseB: string;

  const kept = async () => (await db.query(KEPT)) as Total[];
  const every = async (manager: Pick<DataSource, 'query'> = db) =>
    (await manager.query(EVERY)) as Figure[];
  /** What a rebuild from the data gives, in a transaction that is rolled back. */
  const rebuilt = async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT dashboard_daily_rebuild()`);
      return await every(runner);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };
  const computed = async () => (await db.query(COMPUTED)) as Total[];

  beforeAll(async () => {
    testDb = await createTestDatabase('dashboard_daily');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 1 });
    fx = new ReportingFixture(db, world);
    const [companyA, companyB] = [world.companiesA[0] ?? '', world.companiesB[0] ?? ''];
    caseA = await fx.caseIn(companyA, 'implementation', at('2025-01-01'), at('2025-02-01'));
    caseB = await fx.caseIn(
      companyB,
      'implementation',
      at('2025-01-01'),
      at('2025-02-01'),
      world.coordinatorB,
    );
    const times = { sentAt: at('2025-01-10'), inForceAt: at('2025-01-20') };
    const agreementA = await fx.agreement(caseA, 1, 'in_force', times, ['Cobot']);
    const agreementB = await fx.agreement(caseB, 1, 'in_force', times, ['Vision']);
    const upgrade = (agreement: typeof agreementA) =>
      agreement.upgrades[0] ?? { id: '', lineage: '' };
    const activity = { status: 'in_progress' as const, createdAt: at('2025-01-21') };
    activityA = await fx.activity(caseA, upgrade(agreementA), 'Cobot cell', activity);
    activityB = await fx.activity(caseB, upgrade(agreementB), 'Vision QA', activity);
  });

  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  it('follows every change of approved hours: approve, reject, edit, delete', async () => {
    const submitted = [
      await fx.hours(caseA, activityA, 'expert', '2025-03-03', 7.5, 'submitted'),
      await fx.hours(caseA, activityA, 'sme', '2025-03-03', 2, 'submitted'),
      await fx.hours(caseB, activityB, 'expert', '2025-03-03', 4, 'submitted'),
    ];
    await fx.hours(caseA, activityA, 'expert', '2025-03-04', 3);
    expect(await kept()).toEqual([
      {
        municipality: world.municipalityA,
        day: '2025-03-04',
        kind: 'expert',
        hours: 3,
        entries: 1,
      },
    ]);

    // Approval of a week is one statement over several entries.
    await db.query(`UPDATE time_entry SET status = 'approved' WHERE id = ANY($1::uuid[])`, [
      submitted,
    ]);
    expect(await kept()).toEqual(await computed());
    expect((await kept()).map((row) => [row.day, row.kind, row.hours])).toEqual(
      expect.arrayContaining([
        ['2025-03-03', 'expert', 7.5],
        ['2025-03-03', 'sme', 2],
        ['2025-03-03', 'expert', 4],
      ]),
    );

    // Reopened for correction: back to draft with other hours, then approved again.
    await db.query(`UPDATE time_entry SET status = 'draft', hours = 6 WHERE id = $1`, [
      submitted[0],
    ]);
    expect(await kept()).toEqual(await computed());
    await db.query(`UPDATE time_entry SET status = 'approved' WHERE id = $1`, [submitted[0]]);
    await db.query(
      `UPDATE time_entry SET status = 'rejected', reject_reason = 'Wrong activity' WHERE id = $1`,
      [submitted[2]],
    );
    await db.query(`DELETE FROM time_entry WHERE id = $1`, [submitted[2]]);
    const after = await kept();
    expect(after).toEqual(await computed());
    expect(after.filter((row) => row.municipality === world.municipalityB)).toEqual([]);
    expect(after).toContainEqual({
      municipality: world.municipalityA,
      day: '2025-03-03',
      kind: 'expert',
      hours: 6,
      entries: 1,
    });
  });

  it('loses no hours when many approvals of the same day commit at once', async () => {
    const entries = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        fx.hours(caseA, activityA, index % 2 ? 'sme' : 'expert', '2025-04-01', 0.25, 'submitted'),
      ),
    );
    await Promise.all(
      entries.map((id) =>
        db.transaction((manager) =>
          manager.query(`UPDATE time_entry SET status = 'approved' WHERE id = $1`, [id]),
        ),
      ),
    );
    const day = (await kept()).filter((row) => row.day === '2025-04-01');
    expect(day).toEqual([
      {
        municipality: world.municipalityA,
        day: '2025-04-01',
        kind: 'expert',
        hours: 3,
        entries: 12,
      },
      { municipality: world.municipalityA, day: '2025-04-01', kind: 'sme', hours: 3, entries: 12 },
    ]);
    expect(await kept()).toEqual(await computed());
  });

  it('keeps every figure equal to a rebuild from the data, through a case’s whole life', async () => {
    expect(await every()).toEqual(await rebuilt());
    const figure = async (name: string, part = '') =>
      (await every()).filter(
        (row) =>
          row.figure === name && row.part === part && row.municipality === world.municipalityA,
      );

    // Paused in the assessment and resumed: the case's whole time in the stage (3 + 3 days)
    // counts once, on the day it left the stage for good.
    await fx.trail(caseA, [
      ['intake', 'assessment.inProgress', at('2025-01-05')],
      ['assessment.inProgress', 'onHold', at('2025-01-08')],
      ['onHold', 'assessment.inProgress', at('2025-01-12')],
      ['assessment.inProgress', 'agreement.drafting', at('2025-01-15')],
    ]);
    expect(await figure('stageDays', 'assessment')).toEqual([
      expect.objectContaining({ day: '2025-01-15', n: 1, total: 6 }),
    ]);
    expect(await every()).toEqual(await rebuilt());

    // An amendment comes into force: the case was signed once, on its first agreement's day.
    await db.query(`UPDATE agreement_version SET status = 'superseded' WHERE case_id = $1`, [
      caseA,
    ]);
    await fx.agreement(caseA, 2, 'in_force', {
      sentAt: at('2025-02-10'),
      inForceAt: at('2025-02-20'),
    });
    expect(await figure('signed')).toEqual([expect.objectContaining({ day: '2025-01-20', n: 1 })]);

    // Activity milestones, T0 → T1, outcomes and completion.
    await db.query(
      `UPDATE activity SET status = 'done', started_at = $2, done_at = $3 WHERE id = $1`,
      [activityA, at('2025-02-01'), at('2025-03-15')],
    );
    const dimension = await fx.dimension('automation', 'Automation', 1);
    await fx.assessment(caseA, 'T0', at('2025-01-06'), at('2025-01-14'), { [dimension]: 1 });
    await fx.assessment(caseA, 'T1', at('2025-03-20'), at('2025-03-25'), { [dimension]: 3 });
    await expect(
      db.query(`UPDATE assessment_score SET score = 5 WHERE dimension_id = $1`, [dimension]),
    ).rejects.toThrow('the scores of a submitted assessment cannot change');
    await fx.outcome(caseA, 4, 1, 250_000);
    await db.query(`UPDATE case_file SET state = 'completed', last_event_at = $2 WHERE id = $1`, [
      caseA,
      at('2025-04-02'),
    ]);
    expect(await figure('assessmentChange', dimension)).toEqual([
      expect.objectContaining({ day: '2025-03-25', n: 1, total: 1, totalB: 3 }),
    ]);
    expect(await figure('jobs')).toEqual([
      expect.objectContaining({ day: '2025-04-02', total: 4 }),
    ]);
    expect(await figure('activities', 'done')).toEqual([
      expect.objectContaining({ day: '2025-03-15', n: 1 }),
    ]);
    expect(await every()).toEqual(await rebuilt());

    // The programme's roll-up is the sum of its municipalities.
    const rows = await every();
    const key = (row: Figure) => `${row.day} ${row.figure} ${row.part}`;
    const summed = new Map<string, number>();
    for (const row of rows.filter((r) => r.municipality !== null)) {
      summed.set(key(row), (summed.get(key(row)) ?? 0) + row.n);
    }
    const rollUp = rows.filter((r) => r.municipality === null);
    expect(new Map(rollUp.map((row) => [key(row), row.n]))).toEqual(summed);
  });
});
