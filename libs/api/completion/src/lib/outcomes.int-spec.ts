import { CaseParticipants, CasesService } from '@techpact/api/cases';
import { type CaseWorld, createCaseWorld, placeCaseInState } from '@techpact/api/cases/testing';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type RecordOutcomesRequest } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { OutcomesParticipant } from './outcomes.participant';
import { OutcomesService } from './outcomes.service';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

const OUTCOMES: RecordOutcomesRequest = {
  jobsCreated: 2,
  newProducts: 1,
  newProcesses: 3,
  privateInvestmentDkk: 450_000,
  turnoverEffect: '5To15Percent',
  closingSummary: 'Robot cell in production; two operators hired.',
};

describe('case outcomes (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let service: OutcomesService;
  let cases: CasesService;
  let next = 0;
  const company = () => world.companiesA[next++] ?? '';

  beforeAll(async () => {
    testDb = await createTestDatabase('outcomes');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 6 });
    service = new OutcomesService(db);
    const participants = new CaseParticipants();
    new OutcomesParticipant(participants).onModuleInit();
    cases = new CasesService(db, participants);
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  const auditCount = async (caseId: string) =>
    Number(
      (
        (await db.query(`SELECT count(*) AS n FROM audit_event WHERE case_id = $1`, [caseId])) as {
          n: string;
        }[]
      )[0]?.n,
    );

  it('records outcomes in completion, on the timeline, and lets COMPLETE pass its guard', async () => {
    const caseId = await placeCaseInState(db, world.coordinatorA, company(), 'completion');

    const refused = await refusal(
      cases.transition(world.coordinatorA, caseId, { command: { type: 'COMPLETE' } }),
    );
    expect(refused.code).toBe(ErrorCode.Unprocessable);
    expect(refused.message).toMatch(/outcome/i);

    const before = await auditCount(caseId);
    const recorded = await service.record(world.coordinatorA, caseId, OUTCOMES);
    expect(recorded.outcomes).toMatchObject(OUTCOMES);
    expect(recorded.outcomes?.recordedBy?.id).toBe(world.coordinatorA.id);
    expect(recorded.canEdit).toBe(true);
    expect(await auditCount(caseId)).toBe(before + 1);

    const applied = await cases.transition(world.coordinatorA, caseId, {
      command: { type: 'COMPLETE' },
    });
    expect(applied.toState).toBe('completed');
    expect((await service.get(world.coordinatorA, caseId)).canEdit).toBe(false);
  });

  it('refuses outside completion, outside scope and for other roles, and saves nothing', async () => {
    const inImplementation = await placeCaseInState(
      db,
      world.coordinatorA,
      company(),
      'implementation',
    );
    const wrongState = await refusal(
      service.record(world.coordinatorA, inImplementation, OUTCOMES),
    );
    expect(wrongState.code).toBe(ErrorCode.Conflict);
    expect(wrongState.message).toContain('implementation');

    const inCompletion = await placeCaseInState(db, world.coordinatorA, company(), 'completion');
    expect((await refusal(service.record(world.coordinatorB, inCompletion, OUTCOMES))).code).toBe(
      ErrorCode.NotFound,
    );
    expect((await refusal(service.record(world.expert, inCompletion, OUTCOMES))).code).toBe(
      ErrorCode.Forbidden,
    );
    const rows = (await db.query(
      `SELECT count(*) AS n FROM case_outcome WHERE case_id IN ($1, $2)`,
      [inImplementation, inCompletion],
    )) as { n: string }[];
    expect(Number(rows[0]?.n)).toBe(0);
    expect((await service.get(world.coordinatorA, inCompletion)).outcomes).toBeNull();
  });
});
