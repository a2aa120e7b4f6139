import { CASE_OPENED_EVENT, type CaseOutboxPayload } from '@techpact/contracts';
import {
  type CaseEffect,
  type CaseSnapshot,
  type CaseStateValue,
  applyEvent,
  decideEvent,
  initialCase,
  isPersistedCase,
  persist,
  restore,
  stateValueOf,
} from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { type CaseActor, type CaseCommand, type CaseEventInput } from './case-command';
import { markBaselineSubmitted } from './assessment-dimensions';
import { withFacts } from './case-facts.loader';
import { type AfterCommit, type CaseParticipant } from './case-participants';
import { CaseErrors } from './case.errors';
import { CaseRepository, isOpenCaseConflict } from './case.repository';

/** What one applied event changed. */
export interface AppliedCaseEvent {
  readonly caseId: string;
  readonly fromState: CaseStateValue;
  readonly toState: CaseStateValue;
  readonly version: number;
  readonly effects: readonly CaseEffect[];
  /** What the participants asked to do once the transaction has committed. */
  readonly afterCommit: readonly AfterCommit[];
}

/** Rebuilds the snapshot of a stored row (migrating older machine versions). */
export function restoreSnapshot(caseId: string, stored: unknown): CaseSnapshot {
  if (!isPersistedCase(stored)) {
    throw new Error(`Case ${caseId} has a snapshot that is not a persisted lifecycle case`);
  }
  return restore(stored);
}

function outboxPayloads(
  caseId: string,
  programmeId: string,
  caseVersion: number,
  occurredAt: Date,
  effects: readonly CaseEffect[],
): CaseOutboxPayload<CaseEffect>[] {
  return effects.map((effect) => ({
    caseId,
    programmeId,
    caseVersion,
    occurredAt: occurredAt.toISOString(),
    effect,
  }));
}

function payloadOf(command: CaseCommand): Record<string, unknown> {
  const { type: _type, ...payload } = command;
  return payload;
}

/**
 * Opens a case in `intake` for a company, inside the caller's transaction: the case row, the
 * opening audit event (version 0) and the outbox rows of entering `intake`.
 */
export async function openCase(
  manager: EntityManager,
  actor: CaseActor,
  input: { readonly companyId: string; readonly coordinatorId?: string },
): Promise<string> {
  const repository = new CaseRepository(manager);
  const company = await repository.findCompany(input.companyId);
  if (!company || company.programmeId !== actor.programmeId) throw CaseErrors.companyNotFound();
  if (
    actor.role !== 'admin' &&
    !(actor.role === 'coordinator' && actor.municipalityIds.includes(company.municipalityId))
  ) {
    throw CaseErrors.companyOutsideScope();
  }

  let coordinatorId: string | null;
  if (input.coordinatorId !== undefined) {
    const valid = await repository.isCoordinatorOf(
      company.programmeId,
      input.coordinatorId,
      company.municipalityId,
    );
    if (!valid) throw CaseErrors.coordinatorInvalid();
    coordinatorId = input.coordinatorId;
  } else {
    coordinatorId =
      actor.role === 'coordinator'
        ? actor.id
        : await repository.soleCoordinatorOf(company.programmeId, company.municipalityId);
  }

  const existing = await repository.openCaseOf(company.id);
  if (existing) throw CaseErrors.openCaseExists(existing);

  const { snapshot, effects } = initialCase();
  const state = stateValueOf(snapshot);
  let created: { id: string; openedAt: Date };
  try {
    created = await repository.insertCase({
      programmeId: company.programmeId,
      companyId: company.id,
      municipalityId: company.municipalityId,
      coordinatorId,
      state,
      persisted: persist(snapshot),
    });
  } catch (error) {
    // Another request opened one between our check and our insert.
    if (isOpenCaseConflict(error)) throw CaseErrors.openCaseExists();
    throw error;
  }
  await repository.appendAudit({
    caseId: created.id,
    actorId: actor.id,
    eventType: CASE_OPENED_EVENT,
    fromState: null,
    toState: state,
    payload: { companyId: company.id, coordinatorId },
    version: 0,
  });
  await repository.appendOutbox(
    outboxPayloads(created.id, company.programmeId, 0, created.openedAt, effects),
  );
  return created.id;
}

/**
 * Applies one lifecycle event inside the caller's transaction: lock the row, check the expected
 * version, rebuild the snapshot, load the guard's facts, let the machine decide (403 role, 409
 * state, 422 guard), then store snapshot + state + version and append the audit event and one
 * outbox row per effect; then each participant's `onTransition` (agreements, activities…).
 * Throws `AppError`s; the caller's transaction rolls everything back.
 */
export async function applyCaseEvent(
  manager: EntityManager,
  actor: CaseActor,
  caseId: string,
  input: CaseEventInput,
  participants: readonly CaseParticipant[] = [],
): Promise<AppliedCaseEvent> {
  const repository = new CaseRepository(manager);
  const row = await repository.lockInScope(actor, caseId);
  if (!row) throw CaseErrors.caseNotFound();
  if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
    throw CaseErrors.stale(row.version, input.expectedVersion);
  }
  const snapshot = restoreSnapshot(row.id, row.snapshot);
  const context = { manager, actor, caseRow: row, command: input.command };
  const event = await withFacts(manager, row, input.command, context, participants);
  const decision = decideEvent(snapshot, event, actor.role);
  switch (decision.outcome) {
    case 'forbidden':
      throw CaseErrors.forbidden(decision.message);
    case 'notAccepted':
      throw CaseErrors.notAccepted(decision.message, decision.allowedEvents);
    case 'guardFailed':
      throw CaseErrors.guardFailed(
        event.type === 'SCHEDULE_ASSESSMENT'
          ? `${event.expertId} is not an active expert of this programme: choose an active expert to assign to the case`
          : decision.message,
      );
    case 'accepted':
      break;
  }
  const applied = applyEvent(snapshot, event);
  if (!applied.changed) {
    throw new Error(`The lifecycle accepted ${event.type} for case ${caseId} but did not take it`);
  }
  const fromState = stateValueOf(snapshot);
  const toState = stateValueOf(applied.snapshot);
  const version = row.version + 1;

  if (input.command.type === 'SCHEDULE_ASSESSMENT') {
    await repository.assignExpert(row.id, input.command.expertId);
  }
  if (input.command.type === 'SUBMIT_ASSESSMENT') {
    // The guard saw every dimension scored; the baseline is final from this transition on.
    await markBaselineSubmitted(manager, row.id, actor.id);
  }
  const occurredAt = await repository.saveTransition(
    row.id,
    persist(applied.snapshot),
    toState,
    version,
  );
  await repository.appendAudit({
    caseId: row.id,
    actorId: actor.id,
    eventType: event.type,
    fromState,
    toState,
    payload: payloadOf(input.command),
    version,
  });
  await repository.appendOutbox(
    outboxPayloads(row.id, row.programmeId, version, occurredAt, applied.effects),
  );
  const afterCommit: AfterCommit[] = [];
  for (const participant of participants) {
    const work = await participant.onTransition?.({
      ...context,
      fromState,
      toState,
      version,
      occurredAt,
    });
    if (work) afterCommit.push(work);
  }
  return { caseId: row.id, fromState, toState, version, effects: applied.effects, afterCommit };
}

/**
 * Records something that happened on a case without a state change (e.g. one of several SME
 * signatures) in the caller's transaction: locks the case, bumps its version and appends an
 * audit event whose from and to state are the current state. Returns the new version.
 */
export async function recordCaseAudit(
  manager: EntityManager,
  actor: CaseActor,
  caseId: string,
  eventType: string,
  payload: Record<string, unknown>,
): Promise<number> {
  const repository = new CaseRepository(manager);
  const row = await repository.lockInScope(actor, caseId);
  if (!row) throw CaseErrors.caseNotFound();
  const version = row.version + 1;
  await repository.bumpVersion(row.id, version);
  const state = row.state as CaseStateValue;
  await repository.appendAudit({
    caseId: row.id,
    actorId: actor.id,
    eventType,
    fromState: state,
    toState: state,
    payload,
    version,
  });
  return version;
}
