import { type SnapshotFrom, type StateValue } from 'xstate';
import { CASE_HISTORY_NODE_ID, caseMachine } from './case.machine';

/** A snapshot of the case machine (what `applyEvent` returns and `persist` stores). */
export type CaseSnapshot = SnapshotFrom<typeof caseMachine>;

/** Every state a case can be in, as the dotted string stored in the queryable `state` column. */
export const CASE_STATE_VALUES = [
  'intake',
  'assessment.scheduled',
  'assessment.inProgress',
  'agreement.drafting',
  'agreement.awaitingSignature',
  'agreement.awaitingCountersignature',
  'implementation',
  'completion',
  'onHold',
  'completed',
  'withdrawn',
] as const;

/** A state of the case as a dotted string, e.g. `'agreement.awaitingSignature'`. */
export type CaseStateValue = (typeof CASE_STATE_VALUES)[number];

/** The states that are neither on hold nor final (PAUSE is possible from each of them). */
export type ActiveCaseStateValue = Exclude<CaseStateValue, 'onHold' | 'completed' | 'withdrawn'>;

/** Whether `value` is one of the case states (for parsing filters and stored rows). */
export function isCaseStateValue(value: unknown): value is CaseStateValue {
  return typeof value === 'string' && (CASE_STATE_VALUES as readonly string[]).includes(value);
}

/** Whether `state` is an active state (not on hold, not final). */
export function isActiveCaseState(state: CaseStateValue): state is ActiveCaseStateValue {
  return state !== 'onHold' && state !== 'completed' && state !== 'withdrawn';
}

const ACTIVE_PREFIX = 'active.';
const NODE_ID_PREFIX = `case.${ACTIVE_PREFIX}`;

function flatten(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? [];
  if (key === undefined) return '';
  return child === undefined ? key : `${key}.${flatten(child)}`;
}

function toCaseStateValue(path: string, source: string): CaseStateValue {
  const withoutActive = path.startsWith(ACTIVE_PREFIX) ? path.slice(ACTIVE_PREFIX.length) : path;
  if (!isCaseStateValue(withoutActive)) {
    throw new Error(`"${source}" is not a state of the case lifecycle`);
  }
  return withoutActive;
}

/** The state of a snapshot as a dotted string, e.g. `'agreement.awaitingSignature'`. */
export function stateValueOf(snapshot: CaseSnapshot): CaseStateValue {
  const path = flatten(snapshot.value);
  return toCaseStateValue(path, path);
}

function nest(path: readonly string[]): StateValue {
  const [head, ...rest] = path;
  if (head === undefined) throw new Error('A state path cannot be empty');
  return rest.length === 0 ? head : { [head]: nest(rest) };
}

/** The machine's own state value for a dotted case state (adds the hidden `active` level). */
export function toMachineStateValue(state: CaseStateValue): StateValue {
  const path = state.split('.');
  return nest(isActiveCaseState(state) ? ['active', ...path] : path);
}

/** The state node id of a dotted case state, e.g. `case.active.agreement.drafting`. */
export function stateNodeIdOf(state: CaseStateValue): string {
  return isActiveCaseState(state) ? `${NODE_ID_PREFIX}${state}` : `case.${state}`;
}

/** The dotted case state of a state node id (the inverse of `stateNodeIdOf`). */
export function stateOfNodeId(id: string): CaseStateValue {
  const path = id.startsWith('case.') ? id.slice('case.'.length) : id;
  return toCaseStateValue(path, id);
}

/**
 * The active state a case on hold will resume to, or a withdrawn case was withdrawn from, as
 * remembered by the deep history node; null when the case never left its active states.
 */
export function rememberedActiveState(snapshot: CaseSnapshot): ActiveCaseStateValue | null {
  const remembered = snapshot.historyValue[CASE_HISTORY_NODE_ID]?.[0];
  if (!remembered) return null;
  const state = stateOfNodeId(remembered.id);
  return isActiveCaseState(state) ? state : null;
}

/**
 * A snapshot resting in `state`, without running any transition (no effects). For tests, seeds
 * and previews; `pausedIn` sets the history for `onHold` and `withdrawn` (where RESUME goes back
 * to, or where the case was withdrawn from).
 */
export function caseInState(
  state: CaseStateValue,
  options: { readonly pausedIn?: ActiveCaseStateValue } = {},
): CaseSnapshot {
  const { pausedIn } = options;
  return caseMachine.resolveState({
    value: toMachineStateValue(state),
    context: {},
    historyValue: pausedIn
      ? { [CASE_HISTORY_NODE_ID]: [caseMachine.getStateNodeById(stateNodeIdOf(pausedIn))] }
      : {},
  });
}
