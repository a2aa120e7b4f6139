import { ActivitiesParticipant, syncActivitiesWithAgreement } from '@techpact/api/activities';
import { CaseParticipants, CasesService } from '@techpact/api/cases';
import { type CaseWorld, createCaseWorld } from '@techpact/api/cases/testing';
import { type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { MailMessage, MailService } from '@techpact/api/infra-mail';
import { DataSource } from 'typeorm';
import { caseWithActivities, programmeToday } from '../testing/time-world';
import { ApprovalsService } from './approvals.service';
import { seedDemoActivitiesAndHours } from './demo-hours.seed';
import { TimeEntriesService } from './time-entries.service';
import { TimeLocksService } from './time-locks.service';
import { TimesheetWeekService } from './timesheet-week.service';
import { TimesheetsParticipant } from './timesheets.participant';
import { addDays, isoWeekOf } from './time-period';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

describe('time entries, approval and locks (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let entries: TimeEntriesService;
  let weeks: TimesheetWeekService;
  let approvals: ApprovalsService;
  let locks: TimeLocksService;
  let cases: CasesService;
  let today: string;
  /** A weekday at least a week ago in the current month if possible (never in the future). */
  let day: string;
  let caseId: string;
  let welding: string;
  let mes: string;
  let otherCaseActivity: string;

  const count = async () =>
    Number(((await db.query(`SELECT count(*) AS n FROM time_entry`)) as { n: string }[])[0]?.n);
  const sync = (id: string) => db.transaction((m) => syncActivitiesWithAgreement(m, id));

  beforeAll(async () => {
    testDb = await createTestDatabase('timesheets');
    db = new DataSource(
      dataSourceOptions(testDb.url, { extra: { max: 6 }, entities: [MailMessage] }),
    );
    await db.initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 4 });
    entries = new TimeEntriesService(db);
    weeks = new TimesheetWeekService(db);
    const mail = new MailService(db, {
      smtpUrl: null,
      mailFrom: 'hours@techpact.test',
    } as AppConfig);
    approvals = new ApprovalsService(db, mail);
    locks = new TimeLocksService(db);
    const participants = new CaseParticipants();
    new ActivitiesParticipant(participants).onModuleInit();
    new TimesheetsParticipant(participants).onModuleInit();
    cases = new CasesService(db, participants);
    today = await programmeToday(db, world.programmeId);
    day = addDays(today, -3);
    const upgrades = [
      {
        title: 'Robot cell',
        expertId: world.expert.id,
        plannedHours: 80,
        targetDate: '2027-03-01',
      },
      { title: 'MES pilot', expertId: world.expert.id, plannedHours: 40, targetDate: '2027-05-01' },
    ];
    // The SME user belongs to companiesA[0].
    ({
      caseId,
      activityIds: [welding = '', mes = ''],
    } = await caseWithActivities(db, world, world.companiesA[0] ?? '', upgrades, sync));
    const other = await caseWithActivities(
      db,
      world,
      world.companiesA[1] ?? '',
      [
        {
          title: 'Other company',
          expertId: world.expert2.id,
          plannedHours: 10,
          targetDate: '2027-01-01',
        },
      ],
      sync,
    );
    otherCaseActivity = other.activityIds[0] ?? '';
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('logs hours for the expert and the SME user', async () => {
    const entry = await entries.create(world.expert, {
      activityId: welding,
      date: day,
      hours: 7.5,
      note: 'Layout',
    });
    expect(entry).toMatchObject({
      hours: 7.5,
      status: 'draft',
      personKind: 'expert',
      editable: true,
      date: day,
    });
    const sme = await entries.create(world.sme, { activityId: welding, date: day, hours: 2 });
    expect(sme).toMatchObject({ personKind: 'sme', user: { id: world.sme.id } });
    // A coordinator logs on the expert's behalf.
    const forExpert = await entries.create(world.coordinatorA, {
      activityId: mes,
      date: addDays(day, -1),
      hours: 1.25,
      userId: world.expert.id,
    });
    expect(forExpert.user.id).toBe(world.expert.id);
  });

  describe('refuses with a clear message and changes nothing', () => {
    async function refusedWithoutChange(promise: Promise<unknown>): Promise<AppError> {
      const before = await count();
      const error = await refusal(promise);
      expect(await count()).toBe(before);
      return error;
    }

    it('0.1 hours', async () => {
      const error = await refusedWithoutChange(
        entries.create(world.expert, { activityId: welding, date: day, hours: 0.1 }),
      );
      expect(error.code).toBe(ErrorCode.Validation);
      expect(error.message).toBe(
        'Hours are logged in quarter hours (steps of 0.25): 0.1 is not one; use for example 0.25.',
      );
    });

    it('25 hours on one day across two entries', async () => {
      const date = addDays(today, -10);
      await entries.create(world.expert, { activityId: welding, date, hours: 20 });
      const error = await refusedWithoutChange(
        entries.create(world.expert, { activityId: mes, date, hours: 5 }),
      );
      expect(error.code).toBe(ErrorCode.Unprocessable);
      expect(error.message).toBe(
        `25 hours on ${date} would exceed 24 hours for the day (you already logged 20).`,
      );
      // Changing the 20 to 24 is fine (it replaces itself), 24.25 is not.
      const [entry] = (await db.query(
        `SELECT id FROM time_entry WHERE user_id = $1 AND work_date = $2`,
        [world.expert.id, date],
      )) as { id: string }[];
      await expect(
        entries.update(world.expert, entry?.id ?? '', { hours: 24 }),
      ).resolves.toMatchObject({ hours: 24 });
    });

    it("tomorrow's date", async () => {
      const tomorrow = addDays(today, 1);
      const error = await refusedWithoutChange(
        entries.create(world.expert, { activityId: welding, date: tomorrow, hours: 1 }),
      );
      expect(error.code).toBe(ErrorCode.Unprocessable);
      expect(error.message).toBe(
        `${tomorrow} is in the future (today is ${today} in Europe/Copenhagen): hours can be logged up to today.`,
      );
    });

    it('an activity of a case the expert is not assigned to', async () => {
      const error = await refusedWithoutChange(
        entries.create(world.expert, { activityId: otherCaseActivity, date: day, hours: 1 }),
      );
      expect(error.code).toBe(ErrorCode.Forbidden);
      expect(error.message).toBe(
        "You are not assigned to this activity's case: experts log hours only on activities of cases they are assigned to.",
      );
    });

    it('an SME user logging on another company’s activity', async () => {
      const error = await refusedWithoutChange(
        entries.create(world.sme, { activityId: otherCaseActivity, date: day, hours: 1 }),
      );
      expect(error.code).toBe(ErrorCode.Forbidden);
      expect(error.message).toBe(
        "Your company is not the company of this activity: SME users log hours only on their own company's activities.",
      );
    });

    it('a locked month', async () => {
      const month = addDays(`${today.slice(0, 7)}-01`, -40).slice(0, 7);
      await locks.lock(world.coordinatorA, month);
      const error = await refusedWithoutChange(
        entries.create(world.expert, { activityId: welding, date: `${month}-15`, hours: 1 }),
      );
      expect(error.code).toBe(ErrorCode.Conflict);
      expect(error.message).toMatch(
        /^\w+ \d{4} is locked: nothing in it can be added or changed \(an admin can unlock it\)\.$/,
      );
      const events = (await db.query(
        `SELECT action FROM time_period_lock_event WHERE to_char(month, 'YYYY-MM') = $1`,
        [month],
      )) as { action: string }[];
      expect(events).toEqual([{ action: 'lock' }]);
    });

    it('editing an approved entry', async () => {
      const date = addDays(today, -20);
      const entry = await entries.create(world.expert, { activityId: welding, date, hours: 3 });
      await weeks.submit(world.expert, { period: isoWeekOf(date) });
      await approvals.decide(world.coordinatorA, { entryIds: [entry.id], decision: 'approve' });
      const error = await refusedWithoutChange(
        entries.update(world.expert, entry.id, { hours: 4 }),
      );
      expect(error.code).toBe(ErrorCode.Conflict);
      expect(error.message).toBe('This entry is approved and can no longer change.');
      await refusedWithoutChange(entries.remove(world.expert, entry.id));
      expect((await entries.get(world.expert, entry.id)).hours).toBe(3);
    });

    it('a cancelled activity after its cancellation date', async () => {
      await db.query(
        `UPDATE activity SET status = 'cancelled', cancelled_at = now() - interval '5 days', cancel_reason = 'x' WHERE id = $1`,
        [mes],
      );
      try {
        const error = await refusedWithoutChange(
          entries.create(world.expert, { activityId: mes, date: addDays(today, -1), hours: 1 }),
        );
        expect(error.message).toMatch(
          /^"MES pilot" was cancelled on \d{4}-\d{2}-\d{2}: no hours can be logged on it after that date/,
        );
        await expect(
          entries.create(world.expert, { activityId: mes, date: addDays(today, -12), hours: 1 }),
        ).resolves.toMatchObject({ hours: 1 });
      } finally {
        await db.query(
          `UPDATE activity SET status = 'in_progress', cancelled_at = NULL, cancel_reason = NULL WHERE id = $1`,
          [mes],
        );
      }
    });
  });

  it('lets exactly one of two racing requests win when together they pass 24 hours', async () => {
    const date = addDays(today, -2);
    const results = await Promise.allSettled([
      entries.create(world.expert, { activityId: welding, date, hours: 14 }),
      entries.create(world.expert, { activityId: mes, date, hours: 14 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(AppError);
    expect((rejected?.reason as AppError).message).toBe(
      `28 hours on ${date} would exceed 24 hours for the day (you already logged 14).`,
    );
    const [sum] = (await db.query(
      `SELECT sum(hours)::float8 AS total FROM time_entry WHERE user_id = $1 AND work_date = $2`,
      [world.expert.id, date],
    )) as { total: number }[];
    expect(sum?.total).toBe(14);
  });

  it('shows the week grid, saves cells, copies last week and submits', async () => {
    const week = isoWeekOf(day);
    const grid = await weeks.week(world.expert, { week });
    expect(grid.days).toHaveLength(7);
    const row = grid.rows.find((r) => r.activity.id === welding);
    const index = grid.days.indexOf(day);
    expect(row?.cells[index]).toMatchObject({ hours: 7.5, note: 'Layout' });
    expect(grid.canSubmit).toBe(true);

    const cell = await entries.setCell(world.expert, { activityId: welding, date: day, hours: 6 });
    expect(cell).toMatchObject({ hours: 6, note: 'Layout', status: 'draft' });
    const cleared = await entries.setCell(world.expert, { activityId: mes, date: day, hours: 0 });
    expect(cleared).toBeNull();

    // Last week's hours on an activity of another responsible expert bring its row along.
    const lastWeekDay = addDays(grid.days[0] ?? '', -5);
    await entries.create(world.expert2, {
      activityId: otherCaseActivity,
      date: lastWeekDay,
      hours: 2,
    });
    const copied = await weeks.week(world.expert2, { week }, true);
    expect(copied.rows.map((r) => r.activity.id)).toContain(otherCaseActivity);
    expect(
      copied.rows.find((r) => r.activity.id === otherCaseActivity)?.total ?? 0,
    ).toBeGreaterThanOrEqual(0);

    const [open] = (await db.query(
      `SELECT count(*)::int AS n FROM time_entry
        WHERE user_id = $1 AND work_date BETWEEN $2 AND $3 AND status IN ('draft', 'rejected')`,
      [world.expert.id, grid.days[0], grid.days[6]],
    )) as { n: number }[];
    const submitted = await weeks.submit(world.expert, { period: week });
    expect(open?.n).toBeGreaterThanOrEqual(1);
    expect(submitted.submitted).toBe(open?.n);
    const after = await weeks.week(world.expert, { week });
    expect(after.canSubmit).toBe(false);
    expect(after.rows.find((r) => r.activity.id === welding)?.cells[index]).toMatchObject({
      status: 'submitted',
      editable: false,
    });
    const refused = await refusal(
      entries.setCell(world.expert, { activityId: welding, date: day, hours: 5 }),
    );
    expect(refused.message).toBe(
      `The hours of ${day} on this activity are submitted and can no longer change here.`,
    );
    expect(after.dayTotals.reduce((a, b) => a + b, 0)).toBe(after.total);
  });

  it('flags a year above 1,720 hours', async () => {
    const days = Array.from({ length: 80 }, (_, i) => addDays(today, -100 - i)).filter(
      (d) => d.slice(0, 4) === today.slice(0, 4),
    );
    await db.query(
      `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours, status)
       SELECT $1, $2, $3, $4, 'sme', d, 22, 'approved' FROM unnest($5::date[]) AS d`,
      [world.programmeId, caseId, welding, world.sme.id, days],
    );
    const grid = await weeks.week(world.sme, { week: isoWeekOf(today) });
    expect(grid.yearTotal).toBeGreaterThanOrEqual(days.length * 22);
    expect(grid.yearFlagged).toBe(grid.yearTotal > 1720);
  });

  it('approves and rejects submitted entries; a rejection notifies the person and reopens the entries', async () => {
    const groups = await approvals.list(world.coordinatorA, {});
    const group = groups.find((g) => g.user.id === world.expert.id && g.caseId === caseId);
    expect(group).toBeDefined();
    expect(group?.hours).toBe(group?.entries.reduce((sum, e) => sum + e.hours, 0));
    expect(await approvals.list(world.coordinatorB, {})).toEqual([]);

    const ids = group?.entries.map((e) => e.id) ?? [];
    const noReason = await refusal(
      approvals.decide(world.coordinatorA, { entryIds: ids, decision: 'reject' }),
    );
    expect(noReason.code).toBe(ErrorCode.Validation);
    const outside = await refusal(
      approvals.decide(world.coordinatorB, { entryIds: ids, decision: 'approve' }),
    );
    expect(outside.code).toBe(ErrorCode.NotFound);

    const decided = await approvals.decide(world.coordinatorA, {
      entryIds: ids,
      decision: 'reject',
      reason: 'Split the layout work per machine.',
    });
    expect(decided).toMatchObject({ decision: 'reject', count: ids.length });
    const [notification] = (await db.query(
      `SELECT kind, title, body, link FROM notification WHERE user_id = $1`,
      [world.expert.id],
    )) as { kind: string; title: string; body: string; link: string }[];
    expect(notification).toMatchObject({
      kind: 'timeEntriesRejected',
      title: 'Hours returned for correction',
    });
    expect(notification?.body).toMatch(
      /came back for correction: Split the layout work per machine\.$/,
    );
    const mails = (await db.query(`SELECT subject, text_body AS text FROM mail_message`)) as {
      subject: string;
      text: string;
    }[];
    expect(mails.some((m) => m.subject === 'TechPact: hours returned for correction')).toBe(true);

    const again = await refusal(
      approvals.decide(world.coordinatorA, { entryIds: ids, decision: 'approve' }),
    );
    expect(again.message).toMatch(
      /^Only submitted entries can be approved or rejected; \d+ (is|are) rejected\./,
    );
    const first = ids[0] ?? '';
    const corrected = await entries.update(world.expert, first, { hours: 5 });
    expect(corrected).toMatchObject({ status: 'draft', rejectReason: null, editable: true });
  });

  it('gives COMPLETE the number of unapproved entries', async () => {
    const participant = new TimesheetsParticipant(new CaseParticipants());
    const facts = await db.transaction(async (manager) => {
      const [row] = (await manager.query(`SELECT * FROM case_file WHERE id = $1`, [caseId])) as {
        id: string;
      }[];
      return participant.facts?.COMPLETE?.({
        manager,
        actor: world.coordinatorA,
        caseRow: {
          id: row?.id ?? '',
          programmeId: world.programmeId,
          companyId: '',
          municipalityId: world.municipalityA,
          coordinatorId: null,
          state: 'completion',
          snapshot: null,
          version: 0,
        },
        command: { type: 'COMPLETE' },
      });
    });
    const [expected] = (await db.query(
      `SELECT count(*)::int AS n FROM time_entry WHERE case_id = $1 AND status IN ('draft', 'submitted', 'rejected')`,
      [caseId],
    )) as { n: number }[];
    expect(expected?.n).toBeGreaterThan(0);
    expect(facts).toEqual({ unapprovedTimeEntries: expected?.n });
    expect(cases).toBeDefined();
  });

  it('unlocks a month only for an admin with a reason, audited', async () => {
    const month = addDays(`${today.slice(0, 7)}-01`, -80).slice(0, 7);
    await locks.lock(world.admin, month);
    expect((await refusal(locks.lock(world.coordinatorA, month))).code).toBe(ErrorCode.Conflict);
    expect((await refusal(locks.unlock(world.admin, month, '  '))).code).toBe(ErrorCode.Validation);
    await locks.unlock(world.admin, month, 'Late invoice from the university.');
    expect((await locks.list(world.admin)).some((l) => l.month === month)).toBe(false);
    // A month that is not locked (any more) cannot be unlocked.
    await refusal(locks.unlock(world.admin, month, 'Again.'));
    const events = (await db.query(
      `SELECT action, reason FROM time_period_lock_event WHERE to_char(month, 'YYYY-MM') = $1 ORDER BY id`,
      [month],
    )) as { action: string; reason: string | null }[];
    expect(events).toEqual([
      { action: 'lock', reason: null },
      { action: 'unlock', reason: 'Late invoice from the university.' },
    ]);
    const future = addDays(`${today.slice(0, 7)}-01`, 40).slice(0, 7);
    expect((await refusal(locks.lock(world.admin, future))).code).toBe(ErrorCode.Unprocessable);
  });

  it('seeds demo hours within the rules', async () => {
    const fresh = await caseWithActivities(
      db,
      world,
      world.companiesA[2] ?? '',
      [
        { title: 'Cobot', expertId: world.expert2.id, plannedHours: 120, targetDate: '2027-06-01' },
        {
          title: 'Energy monitoring',
          expertId: world.expert.id,
          plannedHours: 60,
          targetDate: '2027-06-01',
        },
      ],
      async () => undefined,
    );
    const countEntries = async () =>
      Number(
        (
          (await db.query(`SELECT count(*)::int AS n FROM time_entry WHERE programme_id = $1`, [
            world.programmeId,
          ])) as { n: number }[]
        )[0]?.n,
      );
    const before = await countEntries();
    const result = await db.transaction((manager) =>
      seedDemoActivitiesAndHours(manager, { programmeId: world.programmeId, months: 3 }),
    );
    expect(result).toMatchObject({ cases: 3, activitiesCreated: 2 });
    // The seed logs on every in-force case of the programme whose activities have no hours yet.
    expect((await countEntries()) - before).toBe(result.entries);
    expect(result.entries).toBeGreaterThan(10);
    const [check] = (await db.query(
      `SELECT count(*)::int AS entries,
              count(*) FILTER (WHERE work_date > (now() AT TIME ZONE 'Europe/Copenhagen')::date)::int AS future,
              count(*) FILTER (WHERE extract(isodow FROM work_date) > 5)::int AS weekend,
              count(*) FILTER (WHERE hours * 4 <> trunc(hours * 4))::int AS "notQuarters",
              count(DISTINCT status)::int AS statuses,
              (SELECT count(*)::int FROM (SELECT 1 FROM time_entry GROUP BY user_id, work_date HAVING sum(hours) > 24) x) AS over
         FROM time_entry WHERE case_id = $1`,
      [fresh.caseId],
    )) as Record<string, number>[];
    expect(check).toMatchObject({ future: 0, weekend: 0, notQuarters: 0, over: 0 });
    expect(check?.['entries']).toBeGreaterThan(10);
    expect(check?.['statuses']).toBeGreaterThanOrEqual(2);
    const again = await db.transaction((manager) =>
      seedDemoActivitiesAndHours(manager, { programmeId: world.programmeId, months: 3 }),
    );
    expect(again).toMatchObject({ activitiesCreated: 0, entries: 0 });
  });
});
