import {
  type ExecutableActionsFrom,
  getNextTransitions,
  initialTransition,
  transition,
} from 'xstate';
import { type CaseEffect } from './case-effects';
import {
  type CaseEvent,
  type CaseEventType,
  CASE_EVENT_TYPES,
  EVENT_LABELS,
  factsFailure,
} from './case-events';
import { type Role, ROLE_BY_EVENT, mayRoleSend } from './case-roles';
import { type CaseSnapshot, type CaseStateValue, caseInState, stateValueOf } from './case-state';
import { caseMachine } from './case.machine';

/** The outcome of `applyEvent`. */
export interface AppliedEvent {
  /** The next snapshot (the same object when the event was refused). */
  readonly snapshot: CaseSnapshot;
  /** The effects to write to the outbox, in order: exits, transition, entries. */
  readonly effects: readonly CaseEffect[];
  /** Whether the machine took the event; false means nothing changed and `effects` is empty. */
  readonly changed: boolean;
}

type CaseAction = ExecutableActionsFrom<typeof caseMachine>;

function toEffect(action: CaseAction): CaseEffect | null {
  switch (action.type) {
    case 'scheduleReminder':
    case 'cancelReminders':
    case 'syncActivityReminders':
    case 'notify':
      return action.params;
    default:
      // Built-in xstate actions (none are used today) are not effects.
      return null;
  }
}

function toEffects(actions: readonly CaseAction[]): CaseEffect[] {
  return actions.map(toEffect).filter((effect): effect is CaseEffect => effect !== null);
}

/** A new case in `intake`, with the effects of entering it (the stale-case reminder). */
export function initialCase(): AppliedEvent {
  const [snapshot, actions] = initialTransition(caseMachine);
  return { snapshot, effects: toEffects(actions), changed: true };
}

/**
 * Apply one event with xstate's pure `transition()`: no actor, no I/O. When the machine refuses
 * the event (wrong state or failing guard) the snapshot is returned unchanged with no effects.
 */
export function applyEvent(snapshot: CaseSnapshot, event: CaseEvent): AppliedEvent {
  if (snapshot.status !== 'active' || !snapshot.can(event)) {
    return { snapshot, effects: [], changed: false };
  }
  const [next, actions] = transition(caseMachine, snapshot, event);
  return { snapshot: next, effects: toEffects(actions), changed: true };
}

function acceptedTypes(snapshot: CaseSnapshot): Set<string> {
  if (snapshot.status !== 'active') return new Set();
  return new Set(getNextTransitions(snapshot).map((t) => t.eventType));
}

function resolve(snapshotOrState: CaseSnapshot | CaseStateValue): CaseSnapshot {
  return typeof snapshotOrState === 'string' ? caseInState(snapshotOrState) : snapshotOrState;
}

/**
 * The events the machine accepts in this state, in table order, ignoring guards (their facts are
 * not known here); with `role`, only those that role may send. The web builds its buttons from
 * this; the API lists it in a 409.
 */
export function allowedEvents(
  snapshot: CaseSnapshot | CaseStateValue,
  role?: Role,
): CaseEventType[] {
  const accepted = acceptedTypes(resolve(snapshot));
  return CASE_EVENT_TYPES.filter(
    (type) => accepted.has(type) && (role === undefined || mayRoleSend(role, type)),
  );
}

/** Whether the state accepts events of `eventType` at all (guards ignored). */
export function acceptsEventType(
  snapshot: CaseSnapshot | CaseStateValue,
  eventType: CaseEventType,
): boolean {
  return acceptedTypes(resolve(snapshot)).has(eventType);
}

/**
 * Why the state accepts `event` but its guard refuses it, in plain words (e.g. "2 activities are
 * not done or cancelled yet"); null when the event would be taken, or when the state does not
 * accept this event type at all (that is a 409, not a guard failure).
 */
export function explainGuardFailure(
  snapshotOrState: CaseSnapshot | CaseStateValue,
  event: CaseEvent,
): string | null {
  const snapshot = resolve(snapshotOrState);
  if (!acceptsEventType(snapshot, event.type) || snapshot.can(event)) return null;
  return factsFailure(event) ?? `${EVENT_LABELS[event.type]} is not possible right now`;
}

/** The API's answer to one event, in the order it checks: role (403), state (409), guard (422). */
export type EventDecision =
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'forbidden'; readonly message: string }
  | {
      readonly outcome: 'notAccepted';
      readonly message: string;
      readonly allowedEvents: readonly CaseEventType[];
    }
  | { readonly outcome: 'guardFailed'; readonly message: string };

/** Decide whether `role` may apply `event` to the case now, with a message a person can act on. */
export function decideEvent(snapshot: CaseSnapshot, event: CaseEvent, role: Role): EventDecision {
  const label = EVENT_LABELS[event.type];
  if (!mayRoleSend(role, event.type)) {
    return {
      outcome: 'forbidden',
      message: `Only a ${ROLE_BY_EVENT[event.type]} or an admin may ${label.toLowerCase()}`,
    };
  }
  if (!acceptsEventType(snapshot, event.type)) {
    const allowed = allowedEvents(snapshot, role);
    const possible = allowed.length
      ? allowed.map((type) => EVENT_LABELS[type]).join(', ')
      : 'nothing';
    return {
      outcome: 'notAccepted',
      message: `${label} is not possible while the case is in ${stateValueOf(snapshot)}; possible now: ${possible}`,
      allowedEvents: allowed,
    };
  }
  const reason = explainGuardFailure(snapshot, event);
  return reason === null ? { outcome: 'accepted' } : { outcome: 'guardFailed', message: reason };
}
