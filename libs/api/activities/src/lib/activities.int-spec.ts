import { CaseParticipants, CasesService } from '@techpact/api/cases';
import { type CaseWorld, createCaseWorld, placeCaseInState } from '@techpact/api/cases/testing';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { DataSource } from 'typeorm';
import { writeAgreementVersion } from '../testing/agreement-version';
import { ActivitiesParticipant } from './activities.participant';
import { ActivitiesService } from './activities.service';
import { syncActivitiesWithAgreement } from './activity-sync';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

describe('innovation activities (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let cases: CasesService;
  let service: ActivitiesService;
  let next = 0;
  const company = () => world.companiesA[next++] ?? '';

  beforeAll(async () => {
    testDb = await createTestDatabase('activities');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 6 });
    const participants = new CaseParticipants();
    new ActivitiesParticipant(participants).onModuleInit();
    cases = new CasesService(db, participants);
    service = new ActivitiesService(db);
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  const upgrades = () => [
    {
      title: 'Robot cell for welding',
      expertId: world.expert.id,
      plannedHours: 40,
      targetDate: '2027-03-01',
    },
    { title: 'MES pilot', expertId: world.expert2.id, plannedHours: 20, targetDate: '2027-05-01' },
  ];

  it('creates one planned activity per upgrade at COUNTERSIGN and assigns the experts to the case', async () => {
    const caseId = await placeCaseInState(
      db,
      world.coordinatorA,
      company(),
      'agreement.awaitingCountersignature',
    );
    await writeAgreementVersion(db, caseId, upgrades(), { status: 'signed' });
    const applied = await cases.transition(world.coordinatorA, caseId, {
      command: { type: 'COUNTERSIGN' },
    });
    expect(applied.toState).toBe('implementation');
    const list = await service.ofCase(world.coordinatorA, caseId);
    expect(list.map((a) => [a.title, a.status, a.expert.id, a.plannedHours, a.targetDate])).toEqual(
      [
        ['Robot cell for welding', 'planned', world.expert.id, 40, '2027-03-01'],
        ['MES pilot', 'planned', world.expert2.id, 20, '2027-05-01'],
      ],
    );
    expect(list[0]).toMatchObject({ loggedHours: 0, hoursLevel: 'ok', category: 'Automation' });
    expect(list[0]?.allowedStatuses).toEqual(['in_progress', 'cancelled']);
    const experts = (await db.query(`SELECT expert_id AS id FROM case_expert WHERE case_id = $1`, [
      caseId,
    ])) as { id: string }[];
    expect(experts.map((e) => e.id).sort()).toEqual([world.expert.id, world.expert2.id].sort());
    // The expert sees both (assigned to the case) but may change only their own.
    const seen = await service.ofCase(world.expert, caseId);
    expect(seen.map((a) => a.allowedStatuses)).toEqual([['in_progress', 'cancelled'], []]);
    // Outside the scope the case does not exist.
    expect((await refusal(service.ofCase(world.coordinatorB, caseId))).code).toBe(
      ErrorCode.NotFound,
    );
  });

  it('follows an amendment: updates carried-on activities, cancels dropped ones, adds new ones', async () => {
    const caseId = await placeCaseInState(db, world.coordinatorA, company(), 'implementation');
    const [welding, mes] = await writeAgreementVersion(db, caseId, upgrades());
    const first = await db.transaction((m) => syncActivitiesWithAgreement(m, caseId));
    expect(first).toEqual({ versionNumber: 1, created: 2, updated: 0, cancelled: 0 });
    expect(await db.transaction((m) => syncActivitiesWithAgreement(m, caseId))).toEqual({
      versionNumber: 1,
      created: 0,
      updated: 0,
      cancelled: 0,
    });
    const [weldingActivity] = await service.ofCase(world.coordinatorA, caseId);
    await service.changeStatus(world.expert, weldingActivity?.id ?? '', { status: 'in_progress' });

    await writeAgreementVersion(
      db,
      caseId,
      [
        {
          expertId: world.expert.id,
          targetDate: '2027-03-01',
          lineageId: welding,
          plannedHours: 60,
          title: 'Robot cell for welding and grinding',
        },
        {
          title: 'Vision inspection',
          expertId: world.expert2.id,
          plannedHours: 15,
          targetDate: '2027-06-01',
        },
      ],
      { number: 2 },
    );
    const second = await db.transaction((m) => syncActivitiesWithAgreement(m, caseId));
    expect(second).toEqual({ versionNumber: 2, created: 1, updated: 1, cancelled: 1 });
    const list = await service.ofCase(world.coordinatorA, caseId);
    const byTitle = new Map(list.map((a) => [a.title, a]));
    expect(byTitle.get('Robot cell for welding and grinding')).toMatchObject({
      id: weldingActivity?.id,
      status: 'in_progress',
      plannedHours: 60,
    });
    expect(byTitle.get('MES pilot')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Removed by amendment 1 (agreement version 2)',
    });
    expect(byTitle.get('MES pilot')?.cancelledAt).not.toBeNull();
    expect(byTitle.get('Vision inspection')).toMatchObject({ status: 'planned' });
    expect(mes).toBeDefined();
  });

  it('changes status by the responsible expert or the coordinator, with reasons, versions and warnings', async () => {
    const caseId = await placeCaseInState(db, world.coordinatorA, company(), 'implementation');
    await writeAgreementVersion(db, caseId, upgrades());
    await db.transaction((m) => syncActivitiesWithAgreement(m, caseId));
    const [welding, mes] = await service.ofCase(world.coordinatorA, caseId);
    if (!welding || !mes) throw new Error('two activities expected');

    const notMine = await refusal(
      service.changeStatus(world.expert2, welding.id, { status: 'in_progress' }),
    );
    expect(notMine.code).toBe(ErrorCode.Forbidden);
    const skip = await refusal(service.changeStatus(world.expert, welding.id, { status: 'done' }));
    expect(skip.message).toBe(
      'A planned activity cannot become done; it can become in progress or cancelled.',
    );
    const noReason = await refusal(
      service.changeStatus(world.coordinatorA, mes.id, { status: 'cancelled' }),
    );
    expect(noReason.code).toBe(ErrorCode.Validation);
    expect((await service.get(world.admin, mes.id)).status).toBe('planned');

    const started = await service.changeStatus(world.expert, welding.id, {
      status: 'in_progress',
      expectedRowVersion: welding.rowVersion,
    });
    expect(started).toMatchObject({ status: 'in_progress', rowVersion: welding.rowVersion + 1 });
    const stale = await refusal(
      service.changeStatus(world.expert, welding.id, {
        status: 'done',
        expectedRowVersion: welding.rowVersion,
      }),
    );
    expect(stale.code).toBe(ErrorCode.Conflict);
    expect(stale.message).toMatch(/changed by someone else/);

    // Planned vs logged: 32 of 40 hours is the 80 % warning, 40 the limit.
    const log = (userId: string, kind: string, hours: number, status = 'draft') =>
      db.query(
        `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours, status, reject_reason)
         VALUES ($1, $2, $3, $4, $5, '2026-01-05', $6, $7, CASE WHEN $7 = 'rejected' THEN 'x' END)`,
        [world.programmeId, caseId, welding.id, userId, kind, hours, status],
      );
    await log(world.expert.id, 'expert', 24);
    await log(world.sme.id, 'sme', 8, 'approved');
    await log(world.expert.id, 'expert', 10, 'rejected');
    expect(await service.get(world.expert, welding.id)).toMatchObject({
      expertHours: 24,
      smeHours: 8,
      loggedHours: 32,
      hoursLevel: 'warning',
    });
    await log(world.expert.id, 'expert', 8);
    expect((await service.get(world.expert, welding.id)).hoursLevel).toBe('over');

    const done = await service.changeStatus(world.expert, welding.id, {
      status: 'done',
      outcomeNotes: 'Cell welds 40 % of the frames.',
    });
    expect(done).toMatchObject({
      status: 'done',
      outcomeNotes: 'Cell welds 40 % of the frames.',
      allowedStatuses: [],
    });
    expect(done.doneAt).not.toBeNull();
    const cancelled = await service.changeStatus(world.coordinatorA, mes.id, {
      status: 'cancelled',
      reason: 'The MES vendor left the market.',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The MES vendor left the market.',
    });

    const mine = await service.mine(world.expert);
    expect(mine.some((a) => a.id === welding.id)).toBe(true);
    const open = mine.findIndex((a) => a.status === 'planned' || a.status === 'in_progress');
    const closed = mine.findIndex((a) => a.status === 'done' || a.status === 'cancelled');
    expect(open === -1 || closed === -1 || open < closed).toBe(true);
  });

  it('refuses BEGIN_COMPLETION while activities are open, then lets it pass', async () => {
    const caseId = await placeCaseInState(db, world.coordinatorA, company(), 'implementation');
    await writeAgreementVersion(db, caseId, upgrades());
    await db.transaction((m) => syncActivitiesWithAgreement(m, caseId));
    const refused = await refusal(
      cases.transition(world.coordinatorA, caseId, { command: { type: 'BEGIN_COMPLETION' } }),
    );
    expect(refused.code).toBe(ErrorCode.Unprocessable);
    expect(refused.message).toBe('2 activities are not done or cancelled yet');
    const [welding, mes] = await service.ofCase(world.coordinatorA, caseId);
    await service.changeStatus(world.coordinatorA, welding?.id ?? '', { status: 'in_progress' });
    await service.changeStatus(world.coordinatorA, welding?.id ?? '', { status: 'done' });
    const one = await refusal(
      cases.transition(world.coordinatorA, caseId, { command: { type: 'BEGIN_COMPLETION' } }),
    );
    expect(one.message).toBe('1 activity is not done or cancelled yet');
    await service.changeStatus(world.coordinatorA, mes?.id ?? '', {
      status: 'cancelled',
      reason: 'Not needed.',
    });
    const applied = await cases.transition(world.coordinatorA, caseId, {
      command: { type: 'BEGIN_COMPLETION' },
    });
    expect(applied.toState).toBe('completion');
  });

  it('refuses changes once the case is withdrawn', async () => {
    const caseId = await placeCaseInState(db, world.coordinatorA, company(), 'implementation');
    await writeAgreementVersion(db, caseId, upgrades());
    await db.transaction((m) => syncActivitiesWithAgreement(m, caseId));
    await cases.transition(world.coordinatorA, caseId, {
      command: { type: 'WITHDRAW', reason: 'The company was sold.' },
    });
    const [welding] = await service.ofCase(world.coordinatorA, caseId);
    expect(welding?.allowedStatuses).toEqual([]);
    const refused = await refusal(
      service.changeStatus(world.coordinatorA, welding?.id ?? '', { status: 'in_progress' }),
    );
    expect(refused.code).toBe(ErrorCode.Conflict);
    expect(refused.message).toBe('The case is withdrawn: its activities can no longer change.');
  });
});
