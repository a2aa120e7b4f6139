import { syncActivitiesWithAgreement } from '@techpact/api/activities';
import { type CaseWorld, createCaseWorld } from '@techpact/api/cases/testing';
import { type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { MailMessage, MailService } from '@techpact/api/infra-mail';
import { DataSource } from 'typeorm';
import { caseWithActivities, programmeToday } from '../testing/time-world';
import { ApprovalsService } from './approvals.service';
import { CaseTimeEntriesService } from './case-time-entries.service';
import { TimeEntriesService } from './time-entries.service';
import { TimesheetWeekService } from './timesheet-week.service';
import { addDays, isoWeekOf } from './time-period';

const page = { limit: 50, offset: 0 };

describe('a case’s time entries and totals (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let caseEntries: CaseTimeEntriesService;
  let caseId: string;

  beforeAll(async () => {
    testDb = await createTestDatabase('case_time_entries');
    db = new DataSource(
      dataSourceOptions(testDb.url, { extra: { max: 4 }, entities: [MailMessage] }),
    );
    await db.initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 2 });
    const entries = new TimeEntriesService(db);
    const weeks = new TimesheetWeekService(db);
    const mail = new MailService(db, { smtpUrl: null, mailFrom: 'h@techpact.test' } as AppConfig);
    const approvals = new ApprovalsService(db, mail);
    caseEntries = new CaseTimeEntriesService(db);
    const sync = (id: string) => db.transaction((m) => syncActivitiesWithAgreement(m, id));
    const upgrades = [
      {
        title: 'Robot cell',
        expertId: world.expert.id,
        plannedHours: 80,
        targetDate: '2027-03-01',
      },
    ];
    let activityId = '';
    ({
      caseId,
      activityIds: [activityId = ''],
    } = await caseWithActivities(db, world, world.companiesA[0] ?? '', upgrades, sync));

    // Two weeks back (submitted, then one approved and one rejected) and one draft day.
    const today = await programmeToday(db, world.programmeId);
    const old = addDays(today, -14);
    const expertOld = await entries.create(world.expert, { activityId, date: old, hours: 6 });
    const expertRejected = await entries.create(world.expert, {
      activityId,
      date: addDays(old, 1),
      hours: 5,
    });
    const smeOld = await entries.create(world.sme, { activityId, date: old, hours: 2.5 });
    // The day after may start the next week (today a Sunday): submit every week touched.
    for (const week of new Set([isoWeekOf(old), isoWeekOf(addDays(old, 1))])) {
      await weeks.submit(world.expert, { period: week });
    }
    await weeks.submit(world.sme, { period: isoWeekOf(old) });
    await approvals.decide(world.coordinatorA, {
      entryIds: [expertOld.id, smeOld.id],
      decision: 'approve',
    });
    await approvals.decide(world.coordinatorA, {
      entryIds: [expertRejected.id],
      decision: 'reject',
      reason: 'Wrong activity',
    });
    await entries.create(world.expert, { activityId, date: addDays(today, -1), hours: 1.25 });
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('gives the coordinator every entry, newest day first, with the activity, and totals per kind', async () => {
    const result = await caseEntries.ofCase(world.coordinatorA, caseId, page);
    expect(result.total).toBe(4);
    const rows = result.items.map((e) => `${e.personKind} ${e.hours} ${e.status}`);
    expect(rows.slice(0, 2)).toEqual(['expert 1.25 draft', 'expert 5 rejected']);
    // The oldest day holds both people (ordered by name, which the test world does not fix).
    expect(rows.slice(2).sort()).toEqual(['expert 6 approved', 'sme 2.5 approved']);
    expect(result.items[0]?.activityTitle).toBe('Robot cell');
    expect(result.items[1]?.rejectReason).toBe('Wrong activity');
    // Rejected hours count nowhere; approved hours are counted apart.
    expect(result.totals).toEqual([
      { personKind: 'expert', hours: 7.25, approvedHours: 6 },
      { personKind: 'sme', hours: 2.5, approvedHours: 2.5 },
    ]);
  });

  it('shows the expert only their own entries and the company user only the company’s', async () => {
    const expert = await caseEntries.ofCase(world.expert, caseId, page);
    expect(expert.items.every((e) => e.user.id === world.expert.id)).toBe(true);
    expect(expert.total).toBe(3);
    const sme = await caseEntries.ofCase(world.sme, caseId, page);
    expect(sme.items.map((e) => e.user.id)).toEqual([world.sme.id]);
    // The totals are the case's, as on the activities, whoever asks.
    expect(sme.totals).toEqual(expert.totals);
  });

  it('pages through the entries', async () => {
    const first = await caseEntries.ofCase(world.coordinatorA, caseId, { limit: 3, offset: 0 });
    const rest = await caseEntries.ofCase(world.coordinatorA, caseId, { limit: 3, offset: 3 });
    expect(first.items).toHaveLength(3);
    expect(rest.items).toHaveLength(1);
    expect(new Set([...first.items, ...rest.items].map((e) => e.id)).size).toBe(4);
  });

  it('answers 404 for a case outside the caller’s scope, as for one that does not exist', async () => {
    for (const call of [
      caseEntries.ofCase(world.coordinatorB, caseId, page),
      caseEntries.ofCase(world.admin, '00000000-0000-4000-8000-000000000000', page),
    ]) {
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.NotFound);
      expect((error as AppError).message).toBe('Case not found.');
    }
  });
});
