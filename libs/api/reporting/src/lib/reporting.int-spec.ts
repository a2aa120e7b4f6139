import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CaseRepository } from '@techpact/api/cases';
import { type CaseWorld, createCaseWorld } from '@techpact/api/cases/testing';
import { CaseReportService } from '@techpact/api/completion';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import {
  type CaseListLink,
  type DashboardResponse,
  type FunderIndicator,
  type FunderReport,
} from '@techpact/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { at, ReportingFixture } from '../testing/reporting-world';
import { DashboardService } from './dashboard/dashboard.service';
import { funderReportPdf } from './funder/funder-report.pdf';
import { FunderReportService } from './funder/funder-report.service';
import { funderReportXlsx } from './funder/funder-report.xlsx';
import { CompanyPrivacyService } from './privacy/company-privacy.service';
import { ProgrammeSettingsService } from './settings/programme-settings.service';

const run = promisify(execFile);
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

type CaseKey = 'X1' | 'X2' | 'Y1' | 'Y2' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'b0' | 'b1';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

/** The dashboard and funder figures that must not change, without the generation time. */
function figures(dashboard: DashboardResponse, funder: FunderReport) {
  const { attention, ...numbers } = dashboard;
  const { generatedAt, ...report } = funder;
  void generatedAt;
  return {
    numbers,
    attention: Object.values(attention).map((items) => items.map((item) => item.caseId)),
    report,
  };
}

/*
 * The data set (period 2025; hand-computed figures in the tests):
 *   company a0 (5 employees): X1 completed (opened 2024-11-01, completed 2025-04-01), X2 implementation
 *   company a1 (30): Y1 withdrawn in 2024, Y2 completed 2025-11-01
 *   a2 intake, a3 assessment.scheduled (stale), a4 assessment.inProgress (overdue reminder),
 *   a5 agreement.drafting, a6 awaitingSignature (1 of 2 signed), a7 awaitingCountersignature,
 *   b0 completion, b1 onHold (municipality B).
 */
describe('dashboard and funder report (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let fx: ReportingFixture;
  let dashboard: DashboardService;
  let funder: FunderReportService;
  let settings: ProgrammeSettingsService;
  let privacy: CompanyPrivacyService;
  const ids = {} as Record<CaseKey, string>;
  const company = (key: string) => {
    const [letter, index] = [key[0], Number(key.slice(1))];
    return (letter === 'a' ? world.companiesA : world.companiesB)[index] ?? '';
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('reporting');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 8 });
    fx = new ReportingFixture(db, world);
    dashboard = new DashboardService(db);
    funder = new FunderReportService(db);
    settings = new ProgrammeSettingsService(db);
    privacy = new CompanyPrivacyService(db);
    await settings.setTargets(world.programmeId, {
      agreements: 32,
      activities: 100,
      jobs: 20,
      companiesWithNewProducts: 25,
      expertHours: 3000,
      smeHours: 1500,
    });
    const employees: Record<string, number | null> = {
      a0: 5,
      a1: 30,
      a2: 7,
      a3: 9,
      a4: 3,
      a5: null,
      a6: 60,
      a7: 12,
      b0: 120,
      b1: 300,
    };
    for (const [key, count] of Object.entries(employees)) {
      await db.query(`UPDATE company SET employees = $2 WHERE id = $1`, [company(key), count]);
    }
    const recent = new Date(Date.now() - 86_400_000).toISOString();
    const automation = await fx.dimension('automation', 'Automation', 0);
    const data = await fx.dimension('data', 'Data', 1);

    // X1: company a0's first case, completed in the period.
    ids.X1 = await fx.caseIn(company('a0'), 'completed', at('2024-11-01'), at('2025-04-01'));
    await fx.trail(ids.X1, [
      ['intake', 'assessment.scheduled', at('2024-11-11')],
      ['assessment.inProgress', 'agreement.drafting', at('2024-11-21')],
      ['agreement.awaitingCountersignature', 'implementation', at('2024-12-01')],
      ['implementation', 'completion', at('2025-02-20')],
      ['completion', 'completed', at('2025-04-01')],
    ]);
    await fx.assessment(ids.X1, 'T0', at('2024-11-12'), at('2024-11-20'), {
      [automation]: 1,
      [data]: 2,
    });
    await fx.assessment(ids.X1, 'T1', at('2025-03-01'), at('2025-03-20'), {
      [automation]: 3,
      [data]: 2,
    });
    const x1v1 = await fx.agreement(
      ids.X1,
      1,
      'superseded',
      { sentAt: at('2024-11-25'), inForceAt: at('2024-12-01') },
      ['Welding cobot', 'Vision QA'],
    );
    await fx.agreement(ids.X1, 2, 'in_force', {
      sentAt: at('2025-01-25'),
      inForceAt: at('2025-02-01'),
    });
    const x1a = await fx.activity(ids.X1, x1v1.upgrades[0], 'Welding cobot', {
      status: 'done',
      createdAt: at('2024-12-01'),
      startedAt: at('2024-12-05'),
      doneAt: at('2025-02-10'),
      outcomeNotes: 'Cobot welds frames on two shifts.',
    });
    await fx.activity(ids.X1, x1v1.upgrades[1], 'Vision QA', {
      status: 'cancelled',
      createdAt: at('2024-12-01'),
    });
    await fx.hours(ids.X1, x1a, 'expert', '2024-12-10', 10);
    await fx.hours(ids.X1, x1a, 'expert', '2025-01-15', 6);
    await fx.hours(ids.X1, x1a, 'sme', '2025-01-15', 4);
    await fx.outcome(ids.X1, 3, 1, 200_000);

    // X2: company a0's second case, in implementation.
    ids.X2 = await fx.caseIn(company('a0'), 'implementation', at('2025-05-01'), recent);
    await fx.assessment(ids.X2, 'T0', at('2025-05-05'), at('2025-05-10'));
    const x2v1 = await fx.agreement(
      ids.X2,
      1,
      'in_force',
      { sentAt: at('2025-05-15'), inForceAt: at('2025-05-20') },
      ['MES pilot', 'Energy meters'],
    );
    const x2a = await fx.activity(ids.X2, x2v1.upgrades[0], 'MES pilot', {
      status: 'in_progress',
      createdAt: at('2025-05-20'),
      startedAt: at('2025-06-01'),
    });
    await fx.activity(ids.X2, x2v1.upgrades[1], 'Energy meters', {
      status: 'planned',
      createdAt: at('2025-05-20'),
    });
    await fx.hours(ids.X2, x2a, 'expert', '2025-06-10', 8);
    await fx.hours(ids.X2, x2a, 'sme', '2025-06-10', 2);
    await fx.hours(ids.X2, x2a, 'expert', '2025-06-11', 5, 'submitted');
    await fx.hours(ids.X2, x2a, 'expert', '2026-01-05', 1);

    // Y1 withdrawn in 2024, Y2 completed in the period: company a1.
    ids.Y1 = await fx.caseIn(company('a1'), 'withdrawn', at('2024-05-01'), at('2024-09-01'));
    await fx.assessment(ids.Y1, 'T0', at('2024-05-10'), null);
    ids.Y2 = await fx.caseIn(company('a1'), 'completed', at('2025-01-10'), at('2025-11-01'));
    await fx.trail(ids.Y2, [
      ['intake', 'assessment.scheduled', at('2025-01-20')],
      ['assessment.scheduled', 'assessment.inProgress', at('2025-01-25')],
      ['assessment.inProgress', 'agreement.drafting', at('2025-02-09')],
      ['agreement.drafting', 'agreement.awaitingSignature', at('2025-02-15')],
      ['agreement.awaitingSignature', 'agreement.awaitingCountersignature', at('2025-02-20')],
      ['agreement.awaitingCountersignature', 'implementation', at('2025-03-01')],
      ['implementation', 'onHold', at('2025-05-01')],
      ['onHold', 'implementation', at('2025-05-11')],
      ['implementation', 'completion', at('2025-09-01')],
      ['completion', 'completed', at('2025-11-01')],
    ]);
    await fx.assessment(ids.Y2, 'T0', at('2025-01-20'), at('2025-02-09'), {
      [automation]: 2,
      [data]: 1,
    });
    await fx.assessment(ids.Y2, 'T1', at('2025-10-01'), at('2025-10-15'), {
      [automation]: 4,
      [data]: 3,
    });
    const y2v1 = await fx.agreement(
      ids.Y2,
      1,
      'in_force',
      { sentAt: at('2025-02-15'), inForceAt: at('2025-03-01') },
      ['Robot cell'],
    );
    await fx.signer(y2v1.versionId, 'Lars Signer', 'lars@a1.example', at('2025-02-20'));
    const y2a = await fx.activity(ids.Y2, y2v1.upgrades[0], 'Robot cell', {
      status: 'done',
      createdAt: at('2025-03-01'),
      startedAt: at('2025-03-05'),
      doneAt: at('2025-09-01'),
    });
    await fx.hours(ids.Y2, y2a, 'expert', '2025-04-01', 12);
    await fx.hours(ids.Y2, y2a, 'sme', '2025-04-02', 6);
    await fx.outcome(ids.Y2, 2, 0, 500_000);

    // One case in every other state.
    ids.a2 = await fx.caseIn(company('a2'), 'intake', at('2025-03-01'), recent);
    ids.a3 = await fx.caseIn(
      company('a3'),
      'assessment.scheduled',
      at('2025-03-01'),
      new Date(Date.now() - 45 * 86_400_000).toISOString(),
    );
    ids.a4 = await fx.caseIn(company('a4'), 'assessment.inProgress', at('2025-03-01'), recent);
    await fx.assessment(ids.a4, 'T0', at('2025-03-10'), null);
    await fx.reminder(ids.a4, 'assessmentOverdue', 'assessment.inProgress', -2);
    await fx.reminder(ids.a3, 'staleCase', 'intake', -3);
    ids.a5 = await fx.caseIn(company('a5'), 'agreement.drafting', at('2025-03-01'), recent);
    await fx.reminder(ids.a5, 'staleCase', 'agreement.drafting', 5);
    ids.a6 = await fx.caseIn(
      company('a6'),
      'agreement.awaitingSignature',
      at('2025-03-01'),
      recent,
    );
    ids.a7 = await fx.caseIn(
      company('a7'),
      'agreement.awaitingCountersignature',
      at('2025-03-01'),
      recent,
    );
    for (const key of ['a5', 'a6', 'a7'] as const)
      await fx.assessment(ids[key], 'T0', at('2025-03-05'), at('2025-03-06'));
    const a6v = await fx.agreement(ids.a6, 1, 'sent', { sentAt: at('2025-03-20') });
    await fx.signer(a6v.versionId, 'Signer One', 'one@a6.example', at('2025-03-21'));
    await fx.signer(a6v.versionId, 'Signer Two', 'two@a6.example', null);
    const a7v = await fx.agreement(ids.a7, 1, 'signed', { sentAt: at('2025-03-15') });
    await fx.signer(a7v.versionId, 'Signer Three', 'three@a7.example', at('2025-03-16'));

    // Municipality B.
    ids.b0 = await fx.caseIn(
      company('b0'),
      'completion',
      at('2025-02-01'),
      recent,
      world.coordinatorB,
    );
    await fx.assessment(ids.b0, 'T0', at('2025-02-05'), at('2025-02-10'), { [automation]: 2 });
    const b0v = await fx.agreement(
      ids.b0,
      1,
      'in_force',
      { sentAt: at('2025-03-25'), inForceAt: at('2025-04-01') },
      ['ERP link'],
    );
    const b0a = await fx.activity(ids.b0, b0v.upgrades[0], 'ERP link', {
      status: 'done',
      createdAt: at('2025-04-01'),
      startedAt: at('2025-04-10'),
      doneAt: at('2025-08-01'),
    });
    await fx.hours(ids.b0, b0a, 'expert', '2025-05-01', 7.5);
    await fx.outcome(ids.b0, 5, 2, 1_000_000);
    ids.b1 = await fx.caseIn(company('b1'), 'onHold', at('2025-03-01'), recent, world.coordinatorB);
    await fx.assessment(ids.b1, 'T0', at('2025-03-05'), at('2025-03-07'));
    await fx.agreement(ids.b1, 1, 'in_force', {
      sentAt: at('2025-05-25'),
      inForceAt: at('2025-06-01'),
    });
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  /** The case ids the case list gives for a dashboard link (as the web would send it). */
  async function casesBehind(link: CaseListLink, actor = world.admin): Promise<string[]> {
    const query: Record<string, unknown> = {
      sort: 'openedAt',
      order: 'asc',
      limit: 200,
      offset: 0,
    };
    for (const [key, value] of Object.entries(link)) {
      query[key] = key === 'stage' ? [value] : value === 'true' ? true : value;
    }
    const { items } = await new CaseRepository(db.manager).list(
      actor,
      query as unknown as Parameters<CaseRepository['list']>[1],
    );
    return items.map((item) => item.id).sort();
  }
  const sorted = (...keys: CaseKey[]) => keys.map((key) => ids[key]).sort();
  const name = (id: string | undefined) =>
    Object.entries(ids).find(([, value]) => value === id)?.[0];

  it('counts every dashboard figure of the period by hand, each with its cases', async () => {
    const d = await dashboard.dashboard(world.admin, PERIOD);
    expect(d.query).toEqual(PERIOD);
    expect(Object.fromEntries(d.funnel.map((bar) => [bar.state, bar.count]))).toEqual({
      intake: 1,
      assessment: 2,
      agreement: 3,
      implementation: 1,
      completion: 1,
      completed: 1,
      onHold: 1,
      withdrawn: 0,
    });
    const funnelAssessment = d.funnel.find((bar) => bar.state === 'assessment');
    expect(funnelAssessment?.cases).toEqual({ ...PERIOD, stage: 'assessment' });
    expect(await casesBehind(funnelAssessment?.cases ?? {})).toEqual(sorted('a3', 'a4'));

    expect(d.agreementsSigned).toMatchObject({ value: 4, target: 32 });
    expect(await casesBehind(d.agreementsSigned.cases)).toEqual(sorted('X2', 'Y2', 'b0', 'b1'));
    expect(d.activities.identified).toMatchObject({ value: 4, target: 100 });
    expect(await casesBehind(d.activities.identified.cases)).toEqual(sorted('X2', 'Y2', 'b0'));
    expect(d.activities.started.value).toBe(3);
    expect(await casesBehind(d.activities.started.cases)).toEqual(sorted('X2', 'Y2', 'b0'));
    expect(d.activities.done.value).toBe(3);
    expect(await casesBehind(d.activities.done.cases)).toEqual(sorted('X1', 'Y2', 'b0'));
    expect(d.hours.expert).toMatchObject({ value: 33.5, target: 3000 });
    expect(await casesBehind(d.hours.expert.cases)).toEqual(sorted('X1', 'X2', 'Y2', 'b0'));
    expect(d.hours.sme).toMatchObject({ value: 12, target: 1500 });
    expect(await casesBehind(d.hours.sme.cases)).toEqual(sorted('X1', 'X2', 'Y2'));
    expect(d.jobsCreated).toMatchObject({ value: 5, target: 20 });
    expect(await casesBehind(d.jobsCreated.cases)).toEqual(sorted('X1', 'Y2'));
    expect(d.companiesWithNewProducts).toMatchObject({ value: 1, target: 25 });
    expect(await casesBehind(d.companiesWithNewProducts.cases)).toEqual(sorted('X1'));

    expect(d.stageDurations).toEqual([
      { stage: 'intake', averageDays: 10, cases: 1 },
      { stage: 'assessment', averageDays: 20, cases: 1 },
      { stage: 'agreement', averageDays: 20, cases: 1 },
      // Y2: 61 + 113 days (the 10 days on hold do not count); X1: 81 days.
      { stage: 'implementation', averageDays: 127.5, cases: 2 },
      { stage: 'completion', averageDays: 50.5, cases: 2 },
    ]);
    expect(d.assessmentChange).toEqual([
      { dimension: 'Automation', t0Average: 1.5, t1Average: 3.5, cases: 2 },
      { dimension: 'Data', t0Average: 1.5, t1Average: 2.5, cases: 2 },
    ]);

    expect(d.attention.overdueReminders.map((item) => name(item.caseId))).toEqual(['a4']);
    expect(d.attention.overdueReminders[0]?.detail).toContain('assessment overdue');
    expect(d.attention.staleCases.map((item) => name(item.caseId))).toEqual(['a3']);
    expect(d.attention.awaitingSignature.map((item) => [name(item.caseId), item.detail])).toEqual([
      [
        'a7',
        "Agreement version 1: signed by the company, waiting for the coordinator's countersignature",
      ],
      ['a6', 'Agreement version 1: 1 of 2 signers have not signed'],
    ]);
  });

  it('counts all time without a period, and keeps to the municipality and to coordinators', async () => {
    const all = await dashboard.dashboard(world.admin, {});
    expect(Object.fromEntries(all.funnel.map((bar) => [bar.state, bar.count]))).toEqual({
      intake: 1,
      assessment: 2,
      agreement: 3,
      implementation: 1,
      completion: 1,
      completed: 2,
      onHold: 1,
      withdrawn: 1,
    });
    expect(all.agreementsSigned.value).toBe(5);
    expect(all.activities.identified.value).toBe(5);
    expect(all.activities.started.value).toBe(4);
    expect(all.hours.expert.value).toBe(44.5);
    expect(all.stageDurations.map((s) => [s.stage, s.averageDays, s.cases])).toEqual([
      ['intake', 10, 2],
      ['assessment', 15, 2],
      ['agreement', 15, 2],
      ['implementation', 127.5, 2],
      ['completion', 50.5, 2],
    ]);
    expect(
      await casesBehind(all.funnel.find((bar) => bar.state === 'completed')?.cases ?? {}),
    ).toEqual(sorted('X1', 'Y2'));

    const b = await dashboard.dashboard(world.admin, { municipalityId: world.municipalityB });
    expect(b.municipality).toEqual({ id: world.municipalityB, name: 'Thisted' });
    expect(b.funnel.filter((bar) => bar.count > 0).map((bar) => [bar.state, bar.count])).toEqual([
      ['completion', 1],
      ['onHold', 1],
    ]);
    expect(b.agreementsSigned.value).toBe(2);
    expect(b.hours.expert.value).toBe(7.5);
    expect(b.hours.sme.value).toBe(0);
    expect(b.jobsCreated.value).toBe(0);

    const a = await dashboard.dashboard(world.coordinatorA, {});
    expect(a.agreementsSigned.value).toBe(3);
    expect(a.funnel.find((bar) => bar.state === 'onHold')?.count).toBe(0);
    const refused = await refusal(
      dashboard.dashboard(world.coordinatorA, { municipalityId: world.municipalityB }),
    );
    expect(refused.code).toBe(ErrorCode.Forbidden);
    expect(
      (await refusal(dashboard.dashboard(world.admin, { from: '2025-02-01', to: '2025-01-01' })))
        .code,
    ).toBe(ErrorCode.Validation);
  });

  const indicator = (report: FunderReport, code: string): FunderIndicator => {
    const found = report.indicators.find((item) => item.code === code);
    if (!found) throw new Error(`No ${code}`);
    return found;
  };
  const bands = (item: FunderIndicator) =>
    Object.fromEntries(item.bySize.map((b) => [b.band, b.value]));
  const keyOf = (companyId: string) =>
    ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'b0', 'b1'].find(
      (key) => company(key) === companyId,
    );
  const enterprises = (item: FunderIndicator) =>
    item.enterprises.map((e) => [keyOf(e.companyId), e.value] as const);

  it('computes the funder indicators, each enterprise once', async () => {
    const report = await funder.report(world.admin, PERIOD);
    const rco01 = indicator(report, 'RCO01');
    // a0 has two cases in the period (X1, X2) and counts once; a1's Y1 ended in 2024.
    expect(rco01.value).toBe(8);
    expect(bands(rco01)).toEqual({ micro: 2, small: 2, medium: 2, large: 1, unknown: 1 });
    expect(
      enterprises(rco01)
        .map(([key]) => key)
        .sort(),
    ).toEqual(['a0', 'a1', 'a4', 'a5', 'a6', 'a7', 'b0', 'b1']);
    const rco02 = indicator(report, 'RCO02');
    expect(rco02.value).toBe(4);
    expect(bands(rco02)).toEqual({ micro: 1, small: 1, medium: 1, large: 1, unknown: 0 });
    const rcr01 = indicator(report, 'RCR01');
    expect(rcr01.value).toBe(5);
    expect(enterprises(rcr01).sort()).toEqual([
      ['a0', 3],
      ['a1', 2],
    ]);
    expect(bands(rcr01)).toEqual({ micro: 3, small: 2, medium: 0, large: 0, unknown: 0 });
    expect(indicator(report, 'RCR02').value).toBe(700_000);
    expect(report.hours).toEqual({ expert: 33.5, sme: 12 });
    const a0 = rco01.enterprises.find((e) => e.companyId === company('a0'));
    expect(a0).toMatchObject({ sizeBand: 'micro', municipality: 'Vesthimmerland', value: 1 });

    const onlyA = await funder.report(world.coordinatorA, PERIOD);
    expect(indicator(onlyA, 'RCO01').value).toBe(6);
    expect(indicator(onlyA, 'RCO02').value).toBe(2);

    // 2024: X1 (agreement in force from December) and Y1 (assessment begun, withdrawn in September).
    const earlier = await funder.report(world.admin, { from: '2024-01-01', to: '2024-12-31' });
    expect(indicator(earlier, 'RCO01').value).toBe(2);
    expect(indicator(earlier, 'RCO02').value).toBe(1);
    expect(indicator(earlier, 'RCR01').value).toBe(0);
  });

  it('exports the funder report as XLSX and PDF with the enterprises behind each figure', async () => {
    const report = await funder.report(world.admin, PERIOD);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await funderReportXlsx(report)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Indicators',
      'RCO01',
      'RCO02',
      'RCR01',
      'RCR02',
    ]);
    const summary = workbook.getWorksheet('Indicators');
    const row = summary?.getRows(1, 20)?.find((r) => r.getCell(1).value === 'RCO01');
    expect(row?.getCell(3).value).toBe(8);
    const rcr01 = workbook.getWorksheet('RCR01');
    expect(rcr01?.rowCount).toBe(2 + 2 + 1);

    const dir = await mkdtemp(join(tmpdir(), 'tp-funder-'));
    try {
      const file = join(dir, 'funder.pdf');
      await writeFile(file, await funderReportPdf(report));
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      expect(stdout).toContain('RCO01');
      expect(stdout).toContain('Enterprises supported by grants');
      expect(stdout).toContain('Aars Metal 0 ApS');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('renders the case report of a completed case', async () => {
    const reports = new CaseReportService(db);
    const refused = await refusal(reports.pdf(world.coordinatorA, ids.X2 ?? ''));
    expect(refused.code).toBe(ErrorCode.Conflict);
    const file = await reports.pdf(world.coordinatorA, ids.X1 ?? '');
    const dir = await mkdtemp(join(tmpdir(), 'tp-case-report-'));
    try {
      const path = join(dir, file.filename);
      await writeFile(path, file.content);
      const { stdout } = await run('pdftotext', ['-layout', path, '-']);
      expect(stdout).toContain('Aars Metal 0 ApS');
      expect(stdout).toContain('Welding cobot');
      expect(stdout).toContain('Cobot welds frames on two');
      expect(stdout).toMatch(/Jobs created\s+3/);
      expect(stdout).toMatch(/Automation\s+1\s+3\s+\+2/);
      expect(stdout).toContain('superseded');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('asks the experts of a case in completion for the follow-up assessment', async () => {
    const reports = new CaseReportService(db);
    await db.query(`INSERT INTO case_expert (case_id, expert_id) VALUES ($1, $2), ($1, $3)`, [
      ids.b0,
      world.expert.id,
      world.expert2.id,
    ]);
    const answer = await reports.requestFollowUp(world.coordinatorB, ids.b0 ?? '');
    expect(answer.notified.map((expert) => expert.id).sort()).toEqual(
      [world.expert.id, world.expert2.id].sort(),
    );
    const rows = (await db.query(
      `SELECT user_id FROM notification WHERE case_id = $1 AND kind = 'followUpRequested'`,
      [ids.b0],
    )) as unknown[];
    expect(rows).toHaveLength(2);
    expect((await refusal(reports.requestFollowUp(world.coordinatorA, ids.b0 ?? ''))).code).toBe(
      ErrorCode.NotFound,
    );
    expect((await refusal(reports.requestFollowUp(world.coordinatorA, ids.X2 ?? ''))).code).toBe(
      ErrorCode.Conflict,
    );
  });

  it('refuses to delete what retention keeps', async () => {
    await expect(
      db.query(`DELETE FROM agreement_version WHERE case_id = $1`, [ids.Y2]),
    ).rejects.toThrow(/retention period/);
    await expect(
      db.query(`DELETE FROM time_entry WHERE case_id = $1 AND status = 'approved'`, [ids.X1]),
    ).rejects.toThrow(/retention period/);
    await expect(
      db.query(`DELETE FROM agreement_signer WHERE signed_at IS NOT NULL`),
    ).rejects.toThrow(/retention period/);
    await expect(db.query(`TRUNCATE time_entry`)).rejects.toThrow(/retention period/);
    // Drafts and unapproved hours are not records yet.
    await db.query(`INSERT INTO agreement_version (case_id, number) VALUES ($1, 1)`, [ids.a5]);
    await db.query(`DELETE FROM agreement_version WHERE case_id = $1 AND status = 'draft'`, [
      ids.a5,
    ]);
    await db.query(`DELETE FROM time_entry WHERE case_id = $1 AND status = 'submitted'`, [ids.X2]);
  });

  it('anonymises a company only once retention has ended, leaving every figure unchanged', async () => {
    const a1 = company('a1');
    await db.query(
      `INSERT INTO company_contact (company_id, name, role, email, phone) VALUES ($1, 'Lars Signer', 'CEO', 'lars@a1.example', '+45 12345678')`,
      [a1],
    );
    await db.query(
      `INSERT INTO app_user (programme_id, email, name, role, company_id) VALUES ($1, 'pia@a1.example', 'Pia Production', 'sme', $2)`,
      [world.programmeId, a1],
    );
    const exported = await privacy.export(world.programmeId, a1);
    expect(exported.contacts).toEqual([
      { name: 'Lars Signer', role: 'CEO', email: 'lars@a1.example', phone: '+45 12345678' },
    ]);
    expect(exported.users.map((user) => user.email)).toEqual(['pia@a1.example']);
    expect(exported.signatures).toMatchObject([
      { name: 'Lars Signer', email: 'lars@a1.example', ip: '192.0.2.7' },
    ]);

    expect((await refusal(privacy.anonymise(world.programmeId, a1))).message).toMatch(
      /last payment year/,
    );
    const year = new Date().getUTCFullYear();
    await settings.setRetention(world.programmeId, { years: 5, lastPaymentYear: year });
    const running = await refusal(privacy.anonymise(world.programmeId, a1));
    expect(running.code).toBe(ErrorCode.Conflict);
    expect(running.message).toContain(`${year + 6}-01-01`);

    await settings.setRetention(world.programmeId, { years: 5, lastPaymentYear: 2015 });
    expect((await refusal(privacy.anonymise(world.programmeId, company('a0')))).message).toMatch(
      /still open/,
    );

    const before = figures(
      await dashboard.dashboard(world.admin, PERIOD),
      await funder.report(world.admin, PERIOD),
    );
    const result = await privacy.anonymise(world.programmeId, a1);
    expect(result).toMatchObject({ contacts: 1, users: 1, signers: 1 });
    const after = figures(
      await dashboard.dashboard(world.admin, PERIOD),
      await funder.report(world.admin, PERIOD),
    );
    expect(after).toEqual(before);

    const anonymised = await privacy.export(world.programmeId, a1);
    const text = JSON.stringify(anonymised);
    expect(text).not.toMatch(/Lars|Pia|a1\.example|192\.0\.2\.7|12345678/);
    expect(anonymised.company.name).toBe(exported.company.name);
    const [user] = (await db.query(`SELECT active FROM app_user WHERE company_id = $1`, [a1])) as {
      active: boolean;
    }[];
    expect(user?.active).toBe(false);
  });
});
