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

/** The daily totals as kept by the triggers (days netted to nothing left out), and as computed. */
const KEPT = `SELECT municipality_id AS municipality, work_date::text AS day, person_kind AS kind,
                     hours::float8 AS hours, entries
                FROM approved_hours_daily WHERE entries <> 0 ORDER BY 1, 2, 3`;
const COMPUTED = `SELECT cf.municipality_id AS municipality, t.work_date::text AS day,
                         t.person_kind AS kind, sum(t.hours)::float8 AS hours, count(*)::int AS entries
                    FROM time_entry t JOIN case_file cf ON cf.id = t.case_id
                   WHERE t.status = 'approved' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

describe('approved hours per day (the dashboard’s pre-aggregated hours, real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let fx: ReportingFixture;
  let activityA: string;
  let activityB: string;
  let caseA: string;
  let caseB: string;

  const kept = async () => (await db.query(KEPT)) as Total[];
  const computed = async () => (await db.query(COMPUTED)) as Total[];

  beforeAll(async () => {
    testDb = await createTestDatabase('approved_hours_daily');
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
});
