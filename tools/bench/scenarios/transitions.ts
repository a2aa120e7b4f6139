import {
  type CaseEffect,
  type CaseEvent,
  applyEvent,
  isPersistedCase,
  persist,
  restore,
  stateValueOf,
} from '@techpact/lifecycle';
import { performance } from 'node:perf_hooks';
import { type LoadFigures, latencyOf, round, runLoad } from '../load';
import { peakRss } from '../processes';
import { type BenchContext, type ScenarioResult } from '../types';
import { failuresOf, loadRunFigures } from './common';

const REASON = 'Benchmark: waiting for the company';
const CONCURRENCY = 16;

interface CaseRow {
  id: string;
  programmeId: string;
  state: string;
  snapshot: unknown;
  version: number;
}

async function caseRows(context: BenchContext, ids: readonly string[]): Promise<CaseRow[]> {
  const { rows } = await context.db.query<CaseRow>(
    `SELECT id, programme_id AS "programmeId", state, snapshot, version
       FROM case_file WHERE id = ANY($1::uuid[]) AND state NOT IN ('completed', 'withdrawn')`,
    [ids],
  );
  return rows;
}

/** PAUSE an active case, RESUME one on hold: every request a different case, in a ring. */
async function throughApi(context: BenchContext, ids: readonly string[]): Promise<LoadFigures> {
  const states = new Map((await caseRows(context, ids)).map((row) => [row.id, row.state]));
  const ring = ids.filter((id) => states.has(id));
  if (ring.length < CONCURRENCY * 4)
    throw new Error(`Only ${ring.length} pausable cases: at least ${CONCURRENCY * 4} are needed`);
  let next = 0;
  return runLoad({
    baseUrl: context.baseUrl,
    connections: CONCURRENCY,
    warmupSeconds: context.options.warmupSeconds,
    durationSeconds: context.options.durationSeconds,
    headers: context.sessions.coordinator.headers(),
    pids: context.pids,
    drain: context.drain,
    next: () => {
      const id = ring[next++ % ring.length] as string;
      const body =
        states.get(id) === 'onHold' ? { type: 'RESUME' } : { type: 'PAUSE', reason: REASON };
      return { method: 'POST', path: `/api/cases/${id}/events`, body };
    },
    onResponse: (status, body) => {
      if (status !== 200) return;
      const detail = JSON.parse(body) as { id: string; state: string };
      states.set(detail.id, detail.state);
    },
  });
}

/** The two snapshots of a case (as it is, and after PAUSE or RESUME), computed before timing. */
interface RawStep {
  caseId: string;
  programmeId: string;
  eventType: 'PAUSE' | 'RESUME';
  payload: Record<string, unknown>;
  fromState: string;
  toState: string;
  persisted: string;
  machineVersion: number;
  effects: readonly CaseEffect[];
}

function stepsOf(row: CaseRow): [RawStep, RawStep] {
  if (!isPersistedCase(row.snapshot)) throw new Error(`Case ${row.id} has no persisted snapshot`);
  const start = restore(row.snapshot);
  const first: CaseEvent =
    row.state === 'onHold' ? { type: 'RESUME' } : { type: 'PAUSE', reason: REASON };
  const there = applyEvent(start, first);
  const back = applyEvent(
    there.snapshot,
    first.type === 'PAUSE' ? { type: 'RESUME' } : { type: 'PAUSE', reason: REASON },
  );
  if (!there.changed || !back.changed) throw new Error(`Case ${row.id} cannot PAUSE/RESUME`);
  const step = (
    from: typeof start,
    to: typeof start,
    type: 'PAUSE' | 'RESUME',
    effects: readonly CaseEffect[],
  ): RawStep => {
    const persisted = persist(to);
    return {
      caseId: row.id,
      programmeId: row.programmeId,
      eventType: type,
      payload: type === 'PAUSE' ? { reason: REASON } : {},
      fromState: stateValueOf(from),
      toState: stateValueOf(to),
      persisted: JSON.stringify(persisted),
      machineVersion: persisted.machineVersion,
      effects,
    };
  };
  return [
    step(start, there.snapshot, first.type as 'PAUSE' | 'RESUME', there.effects),
    step(there.snapshot, back.snapshot, first.type === 'PAUSE' ? 'RESUME' : 'PAUSE', back.effects),
  ];
}

/**
 * What `applyCaseEvent` does in SQL, with plain `pg`: lock the row, store snapshot, state and
 * version, append the audit event and one outbox row per effect, commit. The machine's work is
 * done before the clock starts, so this is the database's side only.
 */
async function rawTransition(context: BenchContext, actorId: string, step: RawStep): Promise<void> {
  const client = await context.db.connect();
  try {
    await client.query('BEGIN');
    const locked = await client.query<{ version: number }>(
      `SELECT id, programme_id, company_id, municipality_id, coordinator_id, state, snapshot, version
         FROM case_file WHERE id = $1 FOR NO KEY UPDATE`,
      [step.caseId],
    );
    const version = (locked.rows[0]?.version ?? Number.NaN) + 1;
    const saved = await client.query<{ at: Date }>(
      `UPDATE case_file
          SET snapshot = $2, machine_version = $3, state = $4, version = $5,
              updated_at = now(), last_event_at = now()
        WHERE id = $1 AND version = $5 - 1
        RETURNING last_event_at AS at`,
      [step.caseId, step.persisted, step.machineVersion, step.toState, version],
    );
    const at = saved.rows[0]?.at;
    if (!at) throw new Error(`Case ${step.caseId} was not at version ${version - 1}`);
    await client.query(
      `INSERT INTO audit_event (case_id, actor_id, event_type, from_state, to_state, payload, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        step.caseId,
        actorId,
        step.eventType,
        step.fromState,
        step.toState,
        JSON.stringify(step.payload),
        version,
      ],
    );
    if (step.effects.length > 0) {
      const params: unknown[] = [];
      const values = step.effects.map((effect) => {
        const payload = {
          caseId: step.caseId,
          programmeId: step.programmeId,
          caseVersion: version,
          occurredAt: at.toISOString(),
          effect,
        };
        params.push(step.caseId, effect.type, JSON.stringify(payload));
        return `($${params.length - 2}, $${params.length - 1}, $${params.length})`;
      });
      await client.query(
        `INSERT INTO outbox (case_id, kind, payload) VALUES ${values.join(', ')}`,
        params,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function rawFor(
  context: BenchContext,
  ring: readonly [RawStep, RawStep][],
  actorId: string,
  seconds: number,
): Promise<{ samples: number[]; errors: number; seconds: number }> {
  const phase = new Map<string, 0 | 1>();
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const steps = ring[next++ % ring.length] as [RawStep, RawStep];
      const at = phase.get(steps[0].caseId) ?? 0;
      const t0 = performance.now();
      try {
        await rawTransition(context, actorId, steps[at]);
        phase.set(steps[0].caseId, at === 0 ? 1 : 0);
        samples.push(performance.now() - t0);
      } catch (error) {
        errors += 1;
        if (errors <= 3) context.log(`  raw transition failed: ${String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return { samples, errors, seconds: (performance.now() - started) / 1000 };
}

async function throughRawSql(context: BenchContext, ids: readonly string[]): Promise<LoadFigures> {
  const rows = await caseRows(context, ids);
  const ring = rows.map(stepsOf);
  const { rows: actor } = await context.db.query<{ id: string }>(
    `SELECT id FROM app_user WHERE email = $1`,
    [context.data.accounts.coordinator],
  );
  const actorId = actor[0]?.id;
  if (!actorId) throw new Error(`No user ${context.data.accounts.coordinator}`);
  await context.drain();
  const warm = await rawFor(context, ring, actorId, context.options.warmupSeconds);
  // After the warm-up the phases restart from the stored states: read them again.
  const fresh = (await caseRows(context, ids)).map(stepsOf);
  for (const pid of Object.values(context.pids)) peakRss.reset(pid);
  const run = await rawFor(context, fresh, actorId, context.options.durationSeconds);
  return {
    requests: run.samples.length,
    seconds: round(run.seconds, 2),
    requestsPerSecond: round(run.samples.length / run.seconds),
    latencyMs: latencyOf(run.samples),
    non2xx: 0,
    errors: run.errors + warm.errors,
    statusCodes: {},
    peakRssMb: Object.fromEntries(
      Object.entries(context.pids).map(([name, pid]) => [name, peakRss.peakMb(pid)]),
    ),
  };
}

/** Scenario 1: PAUSE/RESUME through the API against the same SQL with plain `pg`. */
export async function transitions(context: BenchContext): Promise<ScenarioResult> {
  const ids = context.data.sampleCaseIds.pausable;
  context.log(`  through the API (${ids.length} cases in the ring, concurrency ${CONCURRENCY})…`);
  const api = await throughApi(context, ids);
  context.log(`  the same SQL with plain pg (Pool of ${CONCURRENCY})…`);
  // A baseline that cannot run still leaves the API's figures to report.
  const raw = await throughRawSql(context, ids).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  const rawFigures = raw instanceof Error ? null : raw;
  const ratio =
    rawFigures && rawFigures.requestsPerSecond > 0
      ? round((api.requestsPerSecond / rawFigures.requestsPerSecond) * 100)
      : null;
  return {
    id: 1,
    name: 'Transitions (PAUSE/RESUME, concurrency 16)',
    figures: [
      ...loadRunFigures('API', api, 50),
      ...(rawFigures
        ? loadRunFigures('raw pg', rawFigures).filter((figure) => !figure.label.includes('RSS'))
        : []),
      { label: 'API / raw throughput', value: ratio, unit: '%', target: { op: '≥', value: 50 } },
    ],
    details: { api, raw: rawFigures, casesInRing: ids.length },
    problems: [
      ...failuresOf('API', api),
      ...(rawFigures
        ? failuresOf('raw pg', rawFigures)
        : [`the raw-SQL baseline failed: ${raw instanceof Error ? raw.message : ''}`]),
    ],
    notes: [
      'Every request is a different case (a ring of pausable cases, PAUSE when active, RESUME when on hold). The raw baseline runs applyCaseEvent’s SQL (lock, update snapshot/state/version, audit event, one outbox row per effect, commit) with snapshots computed before the clock starts.',
    ],
  };
}
