import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { CASE_OPENED_EVENT } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { createCaseWorld, type CaseWorld } from '../testing/case-world';
import { DEFAULT_ASSESSMENT_DIMENSIONS } from './assessment-dimensions';
import { type CaseActor, type CaseCommand } from './case-command';
import { CaseParticipants } from './case-participants';
import { CasesService } from './cases.service';
import { seedDemoCases } from './demo-cases.seed';
import { ListCasesQueryDto } from './dto/list-cases.query';
import { TimelineQueryDto } from './dto/timeline.query';

function listQuery(values: Partial<ListCasesQueryDto> = {}): ListCasesQueryDto {
  return Object.assign(new ListCasesQueryDto(), values);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

describe('CasesService (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let service: CasesService;
  let world: CaseWorld;

  beforeAll(async () => {
    testDb = await createTestDatabase('cases_service');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    service = new CasesService(db, new CaseParticipants());
    world = await createCaseWorld(db, { companiesPerMunicipality: 6 });
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  const send = (actor: CaseActor, id: string, command: CaseCommand, expectedVersion?: number) =>
    service.sendEvent(
      actor,
      id,
      expectedVersion === undefined ? { command } : { command, expectedVersion },
    );

  const counts = async (caseId: string) => {
    const [row] = (await db.query(
      `SELECT (SELECT version FROM case_file WHERE id = $1) AS version,
              (SELECT state FROM case_file WHERE id = $1) AS state,
              (SELECT count(*)::int FROM audit_event WHERE case_id = $1) AS audit,
              (SELECT count(*)::int FROM outbox WHERE case_id = $1) AS outbox,
              (SELECT count(*)::int FROM case_expert WHERE case_id = $1) AS experts`,
      [caseId],
    )) as { version: number; state: string; audit: number; outbox: number; experts: number }[];
    return row;
  };

  it('opens a case in intake with the opening audit event and the outbox row of intake', async () => {
    const detail = await service.create(world.coordinatorA, {
      companyId: world.companiesA[1] ?? '',
    });
    expect(detail).toMatchObject({
      state: 'intake',
      version: 0,
      coordinator: { id: world.coordinatorA.id, name: 'Mette Coordinator' },
      experts: [],
      position: { index: 0, step: 'intake', onHold: false, withdrawn: false, completed: false },
      allowedEvents: ['SCHEDULE_ASSESSMENT', 'PAUSE', 'WITHDRAW'],
      machineVersion: 2,
    });
    expect(detail.company.id).toBe(world.companiesA[1]);
    const outbox = (await db.query(`SELECT kind, payload FROM outbox WHERE case_id = $1`, [
      detail.id,
    ])) as { kind: string; payload: { caseVersion: number; effect: { type: string } } }[];
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.every((row) => row.payload.caseVersion === 0)).toBe(true);
    expect(outbox.map((row) => row.kind)).toEqual(outbox.map((row) => row.payload.effect.type));

    const timeline = await service.timeline(world.coordinatorA, detail.id, new TimelineQueryDto());
    expect(timeline.items).toMatchObject([
      { type: CASE_OPENED_EVENT, fromState: null, toState: 'intake', version: 0 },
    ]);
  });

  it('refuses a second open case for the same company, and companies outside the scope', async () => {
    const companyId = world.companiesA[2] ?? '';
    await service.create(world.coordinatorA, { companyId });
    expect((await refusal(service.create(world.admin, { companyId }))).code).toBe(
      ErrorCode.Conflict,
    );
    expect((await refusal(service.create(world.coordinatorB, { companyId }))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect(
      (await refusal(service.create(world.coordinatorA, { companyId: world.programmeId }))).code,
    ).toBe(ErrorCode.NotFound);
    expect(
      (
        await refusal(
          service.create(world.admin, {
            companyId: world.companiesB[1] ?? '',
            coordinatorId: world.coordinatorA.id,
          }),
        )
      ).code,
    ).toBe(ErrorCode.Validation);
  });

  it('lets only one of two simultaneous openings for a company win', async () => {
    const companyId = world.companiesB[2] ?? '';
    const results = await Promise.allSettled([
      service.create(world.admin, { companyId }),
      service.create(world.coordinatorB, { companyId }),
      service.create(world.admin, { companyId }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(result.reason).toBeInstanceOf(AppError);
        expect((result.reason as AppError).code).toBe(ErrorCode.Conflict);
      }
    }
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM case_file WHERE company_id = $1`,
      [companyId],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('assigns the sole coordinator of the municipality when an admin opens a case', async () => {
    const detail = await service.create(world.admin, { companyId: world.companiesB[3] ?? '' });
    expect(detail.coordinator?.id).toBe(world.coordinatorB.id);
  });

  it('drives intake → scheduled → inProgress, and PAUSE/RESUME returns to the exact sub-state', async () => {
    const { id } = await service.create(world.coordinatorA, {
      companyId: world.companiesA[0] ?? '',
    });
    const scheduled = await send(
      world.coordinatorA,
      id,
      { type: 'SCHEDULE_ASSESSMENT', expertId: world.expert.id, date: '2026-12-01' },
      0,
    );
    expect(scheduled).toMatchObject({ state: 'assessment.scheduled', version: 1 });
    expect(scheduled.experts.map((e) => e.id)).toEqual([world.expert.id]);

    // The assigned expert now sees the case and may start; the coordinator may not.
    const forExpert = await service.get(world.expert, id);
    expect(forExpert.allowedEvents).toEqual(['START_ASSESSMENT']);
    expect((await refusal(send(world.coordinatorA, id, { type: 'START_ASSESSMENT' }))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect((await refusal(service.get(world.expert2, id))).code).toBe(ErrorCode.NotFound);

    const started = await send(world.expert, id, { type: 'START_ASSESSMENT' }, 1);
    expect(started).toMatchObject({ state: 'assessment.inProgress', version: 2 });
    const paused = await send(world.coordinatorA, id, {
      type: 'PAUSE',
      reason: 'Production moves to a new hall',
      until: '2027-02-01',
    });
    expect(paused).toMatchObject({
      state: 'onHold',
      version: 3,
      position: { step: 'assessment', onHold: true },
      allowedEvents: expect.arrayContaining(['RESUME', 'WITHDRAW']),
    });
    // The SME user sees their company's case but may not pause, resume or withdraw it.
    const smeRefused = await refusal(send(world.sme, id, { type: 'RESUME' }));
    expect(smeRefused.code).toBe(ErrorCode.Forbidden);
    expect(smeRefused.message).toMatch(/coordinator or an admin/);
    const resumed = await send(world.coordinatorA, id, { type: 'RESUME' }, 3);
    expect(resumed).toMatchObject({ state: 'assessment.inProgress', version: 4 });

    const timeline = await service.timeline(world.sme, id, new TimelineQueryDto());
    expect(timeline.total).toBe(5);
    expect(timeline.items.map((e) => [e.type, e.fromState, e.toState, e.version])).toEqual([
      ['RESUME', 'onHold', 'assessment.inProgress', 4],
      ['PAUSE', 'assessment.inProgress', 'onHold', 3],
      ['START_ASSESSMENT', 'assessment.scheduled', 'assessment.inProgress', 2],
      ['SCHEDULE_ASSESSMENT', 'intake', 'assessment.scheduled', 1],
      [CASE_OPENED_EVENT, null, 'intake', 0],
    ]);
    expect(timeline.items[1]).toMatchObject({
      payload: { reason: 'Production moves to a new hall', until: '2027-02-01' },
      actor: { id: world.coordinatorA.id, role: 'coordinator' },
    });
    expect(timeline.items[3]?.payload).toEqual({ expertId: world.expert.id, date: '2026-12-01' });

    // SUBMIT_ASSESSMENT is refused until the assessments feature records scores.
    const submit = await refusal(send(world.expert, id, { type: 'SUBMIT_ASSESSMENT' }));
    expect(submit.code).toBe(ErrorCode.Unprocessable);
    for (const dimension of DEFAULT_ASSESSMENT_DIMENSIONS)
      expect(submit.message).toContain(dimension);
    expect(await counts(id)).toMatchObject({
      version: 4,
      audit: 5,
      state: 'assessment.inProgress',
    });
  });

  it('refuses with 403, 409 (allowed events listed), 422 and 404, changing nothing', async () => {
    const { id } = await service.create(world.coordinatorA, {
      companyId: world.companiesA[3] ?? '',
    });
    const before = await counts(id);

    const forbidden = await refusal(send(world.coordinatorA, id, { type: 'START_ASSESSMENT' }));
    expect(forbidden.code).toBe(ErrorCode.Forbidden);
    expect(forbidden.message).toMatch(/expert or an admin/);

    const notAccepted = await refusal(send(world.coordinatorA, id, { type: 'COUNTERSIGN' }));
    expect(notAccepted.code).toBe(ErrorCode.Conflict);
    expect(notAccepted.message).toMatch(/possible now: Schedule assessment, Put on hold, Withdraw/);
    expect(notAccepted.details?.map((d) => d.message)).toEqual([
      'SCHEDULE_ASSESSMENT',
      'PAUSE',
      'WITHDRAW',
    ]);

    const notAnExpert = await refusal(
      send(world.coordinatorA, id, {
        type: 'SCHEDULE_ASSESSMENT',
        expertId: world.inactiveExpertId,
        date: '2026-12-01',
      }),
    );
    expect(notAnExpert.code).toBe(ErrorCode.Unprocessable);
    expect(notAnExpert.message).toMatch(/not an active expert/);
    const aCoordinator = await refusal(
      send(world.coordinatorA, id, {
        type: 'SCHEDULE_ASSESSMENT',
        expertId: world.coordinatorA2.id,
        date: '2026-12-01',
      }),
    );
    expect(aCoordinator.code).toBe(ErrorCode.Unprocessable);

    const stale = await refusal(send(world.coordinatorA, id, { type: 'PAUSE', reason: 'x' }, 7));
    expect(stale.code).toBe(ErrorCode.Conflict);
    expect(stale.message).toMatch(/stale/);

    for (const outsider of [world.coordinatorB, world.expert2]) {
      const hidden = await refusal(send(outsider, id, { type: 'PAUSE', reason: 'x' }));
      expect(hidden.code).toBe(ErrorCode.NotFound);
      expect(hidden.message).toBe('Case not found.');
    }
    expect(await counts(id)).toEqual(before);
  });

  it('refuses every event on a withdrawn case with 409 and nothing possible', async () => {
    const { id } = await service.create(world.coordinatorA, {
      companyId: world.companiesA[4] ?? '',
    });
    await send(world.coordinatorA, id, { type: 'WITHDRAW', reason: 'Sold to a competitor' });
    const detail = await service.get(world.coordinatorA, id);
    expect(detail).toMatchObject({
      state: 'withdrawn',
      allowedEvents: [],
      position: { withdrawn: true },
    });
    const refused = await refusal(send(world.coordinatorA, id, { type: 'RESUME' }));
    expect(refused.code).toBe(ErrorCode.Conflict);
    expect(refused.message).toMatch(/possible now: nothing/);
    // The company is free for a new case.
    const again = await service.create(world.coordinatorA, {
      companyId: world.companiesA[4] ?? '',
    });
    expect(again.id).not.toBe(id);
  });

  it('keeps the audit trail append-only in the database', async () => {
    await expect(db.query(`UPDATE audit_event SET event_type = 'X'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_event CASCADE`)).rejects.toThrow(/append-only/);
  });

  it('scopes, filters, searches, sorts and pages the list', async () => {
    const ids = (items: { id: string }[]) => items.map((item) => item.id);
    const all = await service.list(world.admin, listQuery({ limit: 200 }));
    expect(all.total).toBeGreaterThanOrEqual(6);
    // Totals of scope, municipality and state come from the per-state counts: exact.
    expect(all.total).toBe(all.items.length);

    const coordinatorB = await service.list(world.coordinatorB, listQuery({ limit: 200 }));
    expect(coordinatorB.items.every((c) => c.municipality.id === world.municipalityB)).toBe(true);
    expect(coordinatorB.total).toBe(
      all.items.filter((c) => c.municipality.id === world.municipalityB).length,
    );

    const sme = await service.list(world.sme, listQuery());
    expect(sme.items.map((c) => c.company.id)).toEqual([world.companiesA[0]]);

    const expert = await service.list(world.expert, listQuery());
    expect(expert.items.length).toBeGreaterThan(0);
    expect(expert.items.every((c) => c.experts.some((e) => e.id === world.expert.id))).toBe(true);
    expect((await service.list(world.expert2, listQuery())).total).toBe(0);

    const byState = await service.list(
      world.admin,
      listQuery({ state: ['assessment.inProgress', 'withdrawn'] }),
    );
    expect(byState.total).toBeGreaterThan(0);
    expect(byState.total).toBe(
      all.items.filter((c) => ['assessment.inProgress', 'withdrawn'].includes(c.state)).length,
    );
    expect(
      byState.items.every((c) => ['assessment.inProgress', 'withdrawn'].includes(c.state)),
    ).toBe(true);

    const byExpert = await service.list(world.admin, listQuery({ expertId: world.expert.id }));
    expect(ids(byExpert.items)).toEqual(ids(expert.items));

    const byCoordinator = await service.list(
      world.admin,
      listQuery({ coordinatorId: world.coordinatorB.id, limit: 200 }),
    );
    expect(byCoordinator.items.every((c) => c.coordinator?.id === world.coordinatorB.id)).toBe(
      true,
    );

    const byMunicipality = await service.list(
      world.admin,
      listQuery({ municipalityId: world.municipalityA, limit: 200 }),
    );
    expect(byMunicipality.items.every((c) => c.municipality.name === 'Vesthimmerland')).toBe(true);
    expect(byMunicipality.total).toBe(byMunicipality.items.length);

    const search = await service.list(world.admin, listQuery({ q: 'thisted TECH 3' }));
    expect(search.items.map((c) => c.company.name)).toEqual(['Thisted Tech 3 A/S']);
    const registration = all.items[0]?.company.registrationNumber ?? '';
    const byNumber = await service.list(world.admin, listQuery({ q: registration.slice(1, 7) }));
    expect(byNumber.items.map((c) => c.company.registrationNumber)).toContain(registration);
    expect((await service.list(world.admin, listQuery({ q: '%_' }))).total).toBe(0);

    const byName = await service.list(
      world.admin,
      listQuery({ sort: 'companyName', order: 'asc', limit: 200 }),
    );
    const names = byName.items.map((c) => c.company.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const newestFirst = await service.list(
      world.admin,
      listQuery({ sort: 'openedAt', order: 'desc', limit: 200 }),
    );
    const opened = newestFirst.items.map((c) => c.openedAt);
    expect(opened).toEqual([...opened].sort().reverse());

    const page1 = await service.list(
      world.admin,
      listQuery({ sort: 'companyName', order: 'asc', limit: 2, offset: 0 }),
    );
    const page2 = await service.list(
      world.admin,
      listQuery({ sort: 'companyName', order: 'asc', limit: 2, offset: 2 }),
    );
    expect(page1).toMatchObject({ limit: 2, offset: 0, total: all.total });
    expect([...ids(page1.items), ...ids(page2.items)]).toEqual(ids(byName.items.slice(0, 4)));
  });

  it('seeds demo cases through the transition code, with real audit and outbox rows', async () => {
    const seeded = await createCaseWorld(db, { companiesPerMunicipality: 7 });
    const result = await db.transaction((manager) =>
      seedDemoCases(manager, { programmeId: seeded.programmeId }),
    );
    // Six of the seven companies of each municipality: one is left to open a case for.
    expect(result.cases).toBe(12);
    const [{ free }] = (await db.query(
      `SELECT count(*)::int AS free FROM company c WHERE c.programme_id = $1
          AND NOT EXISTS (SELECT 1 FROM case_file cf WHERE cf.company_id = c.id)`,
      [seeded.programmeId],
    )) as [{ free: number }];
    expect(free).toBe(2);
    expect(Object.keys(result.byState).sort()).toEqual(
      ['assessment.inProgress', 'assessment.scheduled', 'intake', 'onHold', 'withdrawn'].sort(),
    );
    const rows = (await db.query(
      `SELECT cf.state, cf.version,
              (SELECT count(*)::int FROM audit_event a WHERE a.case_id = cf.id AND a.event_type <> $2) AS transitions,
              (SELECT count(*)::int FROM outbox o WHERE o.case_id = cf.id) AS outbox
         FROM case_file cf WHERE cf.programme_id = $1`,
      [seeded.programmeId, CASE_OPENED_EVENT],
    )) as { state: string; version: number; transitions: number; outbox: number }[];
    expect(rows).toHaveLength(result.cases);
    for (const row of rows) {
      expect(row.transitions).toBe(row.version);
      expect(row.outbox).toBeGreaterThan(0);
    }
    const paused = await service.list(seeded.admin, listQuery({ state: ['onHold'] }));
    const pausedDetails = await Promise.all(
      paused.items.map((c) => service.get(seeded.admin, c.id)),
    );
    expect(new Set(pausedDetails.map((d) => d.position.step))).toEqual(
      new Set(['intake', 'assessment']),
    );

    // A programme that has cases is left alone.
    const again = await db.transaction((manager) =>
      seedDemoCases(manager, { programmeId: seeded.programmeId }),
    );
    expect(again).toEqual({ cases: 0, byState: {} });
  });
});
