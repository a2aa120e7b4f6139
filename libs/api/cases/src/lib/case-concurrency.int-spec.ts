import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { CASE_OPENED_EVENT } from '@techpact/contracts';
import {
  type CaseEventType,
  applyEvent,
  decideEvent,
  initialCase,
  isCaseEventType,
  persist,
  ROLE_BY_EVENT,
  sampleEvent,
  stateValueOf,
} from '@techpact/lifecycle';
import { DataSource } from 'typeorm';
import { createCaseWorld, type CaseWorld } from '../testing/case-world';
import { type CaseActor, type CaseCommand } from './case-command';
import { type AppliedCaseEvent } from './case-transition';
import { CaseParticipants } from './case-participants';
import { CasesService } from './cases.service';

interface Request {
  actor: CaseActor;
  command: CaseCommand;
  expectedVersion?: number;
  /** Never accepted in any state this mix can reach. */
  illegal?: boolean;
}

/**
 * 50 requests for one case in intake: legal events (SCHEDULE_ASSESSMENT, START_ASSESSMENT, PAUSE,
 * RESUME, a WITHDRAW pinned to version 6), two users racing the same SCHEDULE_ASSESSMENT at
 * version 0, and events no reachable state accepts. Every request is a loser (409) or a winner.
 */
function mix(world: CaseWorld): Request[] {
  const schedule: CaseCommand = {
    type: 'SCHEDULE_ASSESSMENT',
    expertId: world.expert.id,
    date: '2026-12-01',
  };
  const requests: Request[] = [
    // Two users race the same event on the same version: at most one can win.
    { actor: world.coordinatorA, command: schedule, expectedVersion: 0 },
    { actor: world.admin, command: schedule, expectedVersion: 0 },
  ];
  for (let i = 0; i < 4; i += 1) {
    requests.push({ actor: i % 2 ? world.admin : world.coordinatorA2, command: schedule });
  }
  for (let i = 0; i < 8; i += 1) {
    requests.push({
      actor: i % 2 ? world.admin : world.expert,
      command: { type: 'START_ASSESSMENT' },
    });
  }
  for (let i = 0; i < 10; i += 1) {
    const actor = i % 2 ? world.coordinatorA : world.coordinatorA2;
    requests.push({ actor, command: { type: 'PAUSE', reason: `Pause ${i}` } });
    requests.push({ actor, command: { type: 'RESUME' } });
  }
  requests.push({
    actor: world.coordinatorA,
    command: { type: 'WITHDRAW', reason: 'Withdrawn at version 6' },
    expectedVersion: 6,
  });
  requests.push({
    actor: world.admin,
    command: { type: 'WITHDRAW', reason: 'Withdrawn at version 6' },
    expectedVersion: 6,
  });
  const illegal: CaseCommand[] = [
    { type: 'COUNTERSIGN' },
    { type: 'RECALL' },
    { type: 'REOPEN' },
    { type: 'AMEND_AGREEMENT' },
    { type: 'BEGIN_COMPLETION' },
    { type: 'SIGN', versionHash: 'sha256:nothing-was-sent' },
    { type: 'COMPLETE' },
  ];
  for (let i = 0; requests.length < 50; i += 1) {
    const command = illegal[i % illegal.length];
    if (command) {
      const actor =
        i % 2 && ROLE_BY_EVENT[command.type] === 'coordinator' ? world.coordinatorA : world.admin;
      requests.push({ actor, command, illegal: true });
    }
  }
  // Interleave so that neither kind reaches the pool first.
  return requests
    .map((request, index) => ({ request, key: (index * 37) % 50 }))
    .sort((a, b) => a.key - b.key)
    .map(({ request }) => request);
}

interface AuditRow {
  type: string;
  fromState: string | null;
  toState: string;
  version: number;
}

describe('concurrent events (real PostgreSQL)', () => {
  // These prove correctness under contention, not speed: 1,000 transitions on a busy 2-core CI
  // machine can take longer than Jest's 5 s default.
  jest.setTimeout(60_000);
  let testDb: TestDatabase;
  let db: DataSource;
  let service: CasesService;
  let world: CaseWorld;

  beforeAll(async () => {
    testDb = await createTestDatabase('cases_concurrency');
    db = new DataSource(dataSourceOptions(testDb.url, { extra: { max: 20 } }));
    await db.initialize();
    service = new CasesService(db, new CaseParticipants());
    world = await createCaseWorld(db, { companiesPerMunicipality: 21 });
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  async function openWithAssignedExpert(
    companyId: string,
    opener = world.coordinatorA,
  ): Promise<string> {
    const { id } = await service.create(opener, { companyId });
    // The expert is assigned up front, so that a START_ASSESSMENT arriving before the
    // SCHEDULE_ASSESSMENT is a 409 (wrong state), not a 404 (not their case).
    await db.query(`INSERT INTO case_expert (case_id, expert_id) VALUES ($1, $2)`, [
      id,
      world.expert.id,
    ]);
    return id;
  }

  async function fire(caseId: string, requests: Request[]) {
    return Promise.allSettled(
      requests.map((request) =>
        service.transition(
          request.actor,
          caseId,
          request.expectedVersion === undefined
            ? { command: request.command }
            : { command: request.command, expectedVersion: request.expectedVersion },
        ),
      ),
    );
  }

  /** Checks one case after the storm; returns how many events were applied. */
  async function verify(
    caseId: string,
    requests: Request[],
    results: PromiseSettledResult<AppliedCaseEvent>[],
  ): Promise<number> {
    const winners: { request: Request; applied: AppliedCaseEvent }[] = [];
    results.forEach((result, index) => {
      const request = requests[index];
      if (!request) throw new Error('result without a request');
      if (result.status === 'fulfilled') {
        winners.push({ request, applied: result.value });
      } else {
        // Every loser is a 409: the event was not possible in the state it met, or was stale.
        expect(result.reason).toBeInstanceOf(AppError);
        expect((result.reason as AppError).code).toBe(ErrorCode.Conflict);
      }
    });
    expect(winners.some(({ request }) => request.illegal)).toBe(false);

    const [row] = (await db.query(`SELECT version, state, snapshot FROM case_file WHERE id = $1`, [
      caseId,
    ])) as { version: number; state: string; snapshot: unknown }[];
    const audit = (await db.query(
      `SELECT event_type AS type, from_state AS "fromState", to_state AS "toState", version
         FROM audit_event WHERE case_id = $1 AND event_type <> $2 ORDER BY version`,
      [caseId, CASE_OPENED_EVENT],
    )) as AuditRow[];
    const [outbox] = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE case_id = $1`, [
      caseId,
    ])) as { n: number }[];

    // Applied transitions == audit events == version, with versions 1..n each won exactly once.
    expect(audit).toHaveLength(winners.length);
    expect(row?.version).toBe(winners.length);
    expect(winners.map(({ applied }) => applied.version).sort((a, b) => a - b)).toEqual(
      audit.map((event) => event.version),
    );
    // A version-pinned request only wins at its version.
    for (const { request, applied } of winners) {
      if (request.expectedVersion !== undefined) {
        expect(applied.version).toBe(request.expectedVersion + 1);
      }
    }
    expect(
      winners.filter(({ request }) => request.expectedVersion === 0).length,
    ).toBeLessThanOrEqual(1);

    // Exactly a legal sequence: replaying the audit trail through the machine from intake accepts
    // every step, gives the same states, the stored snapshot, and as many outbox rows.
    const initial = initialCase();
    let snapshot = initial.snapshot;
    let effects = initial.effects.length;
    for (const event of audit) {
      if (!isCaseEventType(event.type)) throw new Error(`unexpected audit type ${event.type}`);
      const replayed = sampleEvent(event.type as CaseEventType);
      expect(event.fromState).toBe(stateValueOf(snapshot));
      expect(decideEvent(snapshot, replayed, 'admin').outcome).toBe('accepted');
      const next = applyEvent(snapshot, replayed);
      expect(event.toState).toBe(stateValueOf(next.snapshot));
      snapshot = next.snapshot;
      effects += next.effects.length;
    }
    expect(row?.state).toBe(stateValueOf(snapshot));
    expect(row?.snapshot).toEqual(persist(snapshot));
    expect(outbox?.n).toBe(effects);
    return winners.length;
  }

  it('applies exactly a legal sequence of 50 simultaneous requests on one case', async () => {
    const caseId = await openWithAssignedExpert(world.companiesA[0] ?? '');
    const requests = mix(world);
    expect(requests).toHaveLength(50);
    const results = await fire(caseId, requests);
    const applied = await verify(caseId, requests, results);
    // SCHEDULE_ASSESSMENT at least: intake accepts it whatever arrives first.
    expect(applied).toBeGreaterThanOrEqual(1);
  });

  it('does the same on 20 cases in parallel (1,000 requests)', async () => {
    const caseIds = await Promise.all(
      world.companiesA.slice(1, 21).map((companyId) => openWithAssignedExpert(companyId)),
    );
    expect(caseIds).toHaveLength(20);
    const storms = caseIds.map((caseId) => ({ caseId, requests: mix(world) }));
    const results = await Promise.all(storms.map(({ caseId, requests }) => fire(caseId, requests)));
    let total = 0;
    for (const [index, { caseId, requests }] of storms.entries()) {
      total += await verify(caseId, requests, results[index] ?? []);
    }
    const [{ audit }] = (await db.query(
      `SELECT count(*)::int AS audit FROM audit_event WHERE case_id = ANY($1) AND event_type <> $2`,
      [caseIds, CASE_OPENED_EVENT],
    )) as [{ audit: number }];
    expect(audit).toBe(total);
    // The list's per-state counts (kept at commit by a trigger) follow every transition.
    const counts = `SELECT municipality_id AS m, state, sum(n)::int AS n FROM (
                      SELECT municipality_id, state, cases AS n FROM case_state_count
                      UNION ALL
                      SELECT municipality_id, state, -count(*) FROM case_file GROUP BY 1, 2) x
                     GROUP BY 1, 2 HAVING sum(n) <> 0`;
    expect(await db.query(counts)).toEqual([]);
  });

  it('lets exactly one of two users win the same event on the same version', async () => {
    const caseId = await openWithAssignedExpert(world.companiesB[0] ?? '', world.coordinatorB);
    const schedule: CaseCommand = {
      type: 'SCHEDULE_ASSESSMENT',
      expertId: world.expert.id,
      date: '2026-12-01',
    };
    const racers: Request[] = [
      { actor: world.coordinatorB, command: schedule, expectedVersion: 0 },
      { actor: world.admin, command: schedule, expectedVersion: 0 },
      ...Array.from({ length: 48 }, (_, i): Request => ({
        actor: i % 2 ? world.admin : world.coordinatorB,
        command: i % 3 ? schedule : { type: 'RESUME' },
        expectedVersion: i % 4 ? undefined : 0,
      })),
    ];
    const results = await fire(caseId, racers);
    expect(await verify(caseId, racers, results)).toBe(1);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
