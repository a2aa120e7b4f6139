import { randomUUID } from 'node:crypto';
import { type CaseActor, CaseParticipants, CasesService } from '@techpact/api/cases';

type UserActor = CaseActor & { readonly id: string };
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { DataSource } from 'typeorm';
import { AssessmentDimensionsService } from './assessment-dimensions.service';
import { AssessmentsService } from './assessments.service';
import { DEFAULT_DIMENSIONS } from './default-dimensions';
import { seedDemoAssessments } from './demo-assessments.seed';
import { ListAssessmentsQueryDto } from './dto/list-assessments.query';
import { type SaveAssessmentDto } from './dto/save-assessment.dto';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

interface World {
  programmeId: string;
  admin: UserActor;
  coordinatorA: UserActor;
  coordinatorB: UserActor;
  expert: UserActor;
  expert2: UserActor;
  companies: string[];
}

async function createWorld(db: DataSource): Promise<World> {
  const one = async (sql: string, params: unknown[]) =>
    ((await db.query(sql, params)) as { id: string }[])[0]?.id ?? '';
  const tag = randomUUID().slice(0, 8);
  const programmeId = await one(`INSERT INTO programme (name) VALUES ($1) RETURNING id`, [
    `Assessment test ${tag}`,
  ]);
  const municipalityA = await one(
    `INSERT INTO municipality (programme_id, name) VALUES ($1, 'A') RETURNING id`,
    [programmeId],
  );
  const municipalityB = await one(
    `INSERT INTO municipality (programme_id, name) VALUES ($1, 'B') RETURNING id`,
    [programmeId],
  );
  const user = async (role: CaseActor['role'], municipalityIds: string[] = []) => {
    const id = await one(
      `INSERT INTO app_user (programme_id, email, name, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [programmeId, `${role}.${randomUUID().slice(0, 8)}@test.techpact.dk`, `${role} ${tag}`, role],
    );
    for (const m of municipalityIds) {
      await db.query(
        `INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`,
        [id, m],
      );
    }
    return { id, role, programmeId, municipalityIds, companyId: null };
  };
  const companies: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    companies.push(
      await one(
        `INSERT INTO company (programme_id, municipality_id, name, registration_number) VALUES ($1, $2, $3, $4) RETURNING id`,
        [programmeId, municipalityA, `Company ${i}`, `${tag}-${i}`],
      ),
    );
  }
  return {
    programmeId,
    admin: await user('admin'),
    coordinatorA: await user('coordinator', [municipalityA]),
    coordinatorB: await user('coordinator', [municipalityB]),
    expert: await user('expert'),
    expert2: await user('expert'),
    companies,
  };
}

describe('assessments (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let cases: CasesService;
  let service: AssessmentsService;
  let dimensionsService: AssessmentDimensionsService;
  let world: World;
  let next = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase('assessments');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    cases = new CasesService(db, new CaseParticipants());
    service = new AssessmentsService(db);
    dimensionsService = new AssessmentDimensionsService(db);
    world = await createWorld(db);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  /** A case in assessment.inProgress with `world.expert` assigned. */
  async function caseInProgress(): Promise<string> {
    const companyId = world.companies[next] ?? '';
    next += 1;
    const { id } = await cases.create(world.coordinatorA, { companyId });
    await cases.transition(world.coordinatorA, id, {
      command: { type: 'SCHEDULE_ASSESSMENT', expertId: world.expert.id, date: '2026-12-01' },
    });
    await cases.transition(world.expert, id, { command: { type: 'START_ASSESSMENT' } });
    return id;
  }

  const stored = async (caseId: string) =>
    (
      (await db.query(
        `SELECT (SELECT count(*)::int FROM assessment WHERE case_id = $1) AS assessments,
              (SELECT count(*)::int FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id WHERE a.case_id = $1) AS scores`,
        [caseId],
      )) as [{ assessments: number; scores: number }]
    )[0];

  it('starts a programme with the six EU DMA dimensions, level descriptors 0–5 and categories', async () => {
    const dimensions = await dimensionsService.list(world.admin);
    expect(dimensions.map((d) => d.name)).toEqual(DEFAULT_DIMENSIONS.map((d) => d.name));
    expect(dimensions.every((d) => d.levels.length === 6 && d.upgradeCategories.length > 0)).toBe(
      true,
    );
  });

  it('lets the assigned expert save drafts, refuses SUBMIT_ASSESSMENT naming the missing dimensions, then submits', async () => {
    const caseId = await caseInProgress();
    const blank = await service.get(world.expert, caseId, 'T0');
    expect(blank).toMatchObject({ id: null, status: 'notStarted', canEdit: true });
    expect(blank.missingDimensions).toHaveLength(6);
    const [d0, d1, d2, d3, d4, d5] = blank.dimensions;
    if (!d0 || !d1 || !d2 || !d3 || !d4 || !d5) throw new Error('six dimensions expected');

    const partial: SaveAssessmentDto = {
      summary: 'Strong order book, little digitalisation.',
      scores: [
        { dimensionId: d0.id, score: 2, notes: 'No written strategy.' },
        { dimensionId: d1.id, score: 1 },
        { dimensionId: d2.id, score: 3 },
        { dimensionId: d3.id, score: 0, notes: 'Paper-based quality data.' },
        { dimensionId: d4.id, score: null, notes: 'To be checked on the shop floor.' },
      ],
    };
    const draft = await service.save(world.expert, caseId, 'T0', partial);
    expect(draft).toMatchObject({ status: 'draft', summary: partial.summary });
    expect(draft.missingDimensions).toEqual([d4.name, d5.name]);
    expect(draft.scores.map((s) => s.score)).toEqual([2, 1, 3, 0, null, null]);
    // Idempotent: the same body again changes nothing.
    const again = await service.save(world.expert, caseId, 'T0', partial);
    expect(again.updatedAt).toBe(draft.updatedAt);
    expect(await stored(caseId)).toEqual({ assessments: 1, scores: 5 });

    const refused = await refusal(
      cases.transition(world.expert, caseId, { command: { type: 'SUBMIT_ASSESSMENT' } }),
    );
    expect(refused.code).toBe(ErrorCode.Unprocessable);
    expect(refused.message).toBe(`Every dimension must be scored: missing ${d4.name}, ${d5.name}`);

    const overview = await service.overview(world.coordinatorA, caseId);
    expect(overview.suggestions.map((s) => [s.dimension, s.score])).toEqual([
      [d3.name, 0],
      [d1.name, 1],
      [d0.name, 2],
    ]);
    expect(overview.suggestions[0]?.categories).toEqual(d3.upgradeCategories);
    expect(overview.t1).toMatchObject({ status: 'notStarted', canEdit: false });

    await service.save(world.expert, caseId, 'T0', {
      scores: [
        ...partial.scores.slice(0, 4),
        { dimensionId: d4.id, score: 2 },
        { dimensionId: d5.id, score: 1 },
      ],
    });
    const applied = await cases.transition(world.expert, caseId, {
      command: { type: 'SUBMIT_ASSESSMENT' },
    });
    expect(applied.toState).toBe('agreement.drafting');
    const submitted = await service.get(world.admin, caseId, 'T0');
    expect(submitted).toMatchObject({
      status: 'submitted',
      canEdit: false,
      summary: partial.summary,
      missingDimensions: [],
      submittedBy: { id: world.expert.id },
    });
    const late = await refusal(service.save(world.expert, caseId, 'T0', partial));
    expect(late.code).toBe(ErrorCode.Conflict);
    expect(late.message).toMatch(/has been submitted/);
  });

  it('refuses unknown and repeated dimensions without writing anything', async () => {
    const caseId = await caseInProgress();
    const { dimensions } = await service.get(world.expert, caseId, 'T0');
    const unknown = await refusal(
      service.save(world.expert, caseId, 'T0', {
        scores: [
          { dimensionId: dimensions[0]?.id ?? '', score: 3 },
          { dimensionId: randomUUID(), score: 2 },
        ],
      }),
    );
    expect(unknown.code).toBe(ErrorCode.Validation);
    expect(unknown.details?.[0]?.field).toBe('scores.1.dimensionId');
    const twice = await refusal(
      service.save(world.expert, caseId, 'T0', {
        scores: [
          { dimensionId: dimensions[0]?.id ?? '', score: 3 },
          { dimensionId: dimensions[0]?.id ?? '', score: 2 },
        ],
      }),
    );
    expect(twice.code).toBe(ErrorCode.Validation);
    expect(await stored(caseId)).toEqual({ assessments: 0, scores: 0 });
  });

  it('keeps other experts and other municipalities out, and lets only the expert write', async () => {
    const caseId = await caseInProgress();
    const body = { scores: [] };
    expect((await refusal(service.get(world.expert2, caseId, 'T0'))).code).toBe(ErrorCode.NotFound);
    expect((await refusal(service.save(world.expert2, caseId, 'T0', body))).code).toBe(
      ErrorCode.NotFound,
    );
    expect((await refusal(service.get(world.coordinatorB, caseId, 'T0'))).code).toBe(
      ErrorCode.NotFound,
    );
    await expect(service.get(world.coordinatorA, caseId, 'T0')).resolves.toMatchObject({
      canEdit: false,
    });
    expect((await refusal(service.save(world.coordinatorA, caseId, 'T0', body))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect((await refusal(service.save(world.admin, caseId, 'T0', body))).code).toBe(
      ErrorCode.Forbidden,
    );
    // T1 only during completion.
    const t1 = await refusal(service.save(world.expert, caseId, 'T1', body));
    expect(t1.code).toBe(ErrorCode.Conflict);
    expect(t1.message).toMatch(/only while the case is in completion/);
    expect(await stored(caseId)).toEqual({ assessments: 0, scores: 0 });
  });

  it('lists the expert’s assessments', async () => {
    const list = await service.list(world.expert, new ListAssessmentsQueryDto());
    expect(list.total).toBeGreaterThanOrEqual(3);
    expect(list.items.every((item) => item.kind === 'T0')).toBe(true);
    expect(new Set(list.items.map((i) => i.status))).toEqual(new Set(['submitted', 'notStarted']));
    expect((await service.list(world.expert2, new ListAssessmentsQueryDto())).total).toBe(0);
  });

  it('uses an admin’s dimension edits for new assessments and keeps the set of started ones', async () => {
    const started = await caseInProgress();
    const [first] = (await service.get(world.expert, started, 'T0')).dimensions;
    if (!first) throw new Error('no dimension');
    await service.save(world.expert, started, 'T0', {
      scores: [{ dimensionId: first.id, score: 4 }],
    });
    const renamed = await dimensionsService.update(world.admin, first.id, {
      name: 'Strategy and business model',
      upgradeCategories: ['Strategy workshop'],
    });
    expect(renamed).toMatchObject({ name: 'Strategy and business model' });
    const added = await dimensionsService.create(world.admin, {
      name: 'Cybersecurity',
      levels: ['None', 'Basic', 'Managed', 'Tested', 'Certified', 'Leading'],
      upgradeCategories: ['Security audit'],
    });
    expect(added).toMatchObject({ key: 'cybersecurity', position: 6, active: true });
    expect(
      (
        await refusal(
          dimensionsService.create(world.admin, { name: 'Cybersecurity', levels: added.levels }),
        )
      ).code,
    ).toBe(ErrorCode.Conflict);

    const kept = await service.get(world.expert, started, 'T0');
    expect(kept.dimensions.map((d) => d.name)).toEqual(DEFAULT_DIMENSIONS.map((d) => d.name));
    const fresh = await service.get(world.expert, await caseInProgress(), 'T0');
    expect(fresh.dimensions.map((d) => d.name)).toContain('Cybersecurity');
    expect(fresh.dimensions[0]?.name).toBe('Strategy and business model');
  });

  it('seeds demo drafts for the cases whose assessment has started', async () => {
    const caseId = await caseInProgress();
    const result = await db.transaction((manager) =>
      seedDemoAssessments(manager, { programmeId: world.programmeId }),
    );
    expect(result.drafts).toBeGreaterThanOrEqual(1);
    const draft = await service.get(world.expert, caseId, 'T0');
    expect(draft.status).toBe('draft');
    expect(draft.scores.filter((s) => s.score !== null)).toHaveLength(4);
  });
});
