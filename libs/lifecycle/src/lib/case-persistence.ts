import { type StateValue } from 'xstate';
import { type CaseSnapshot, stateOfNodeId, stateValueOf } from './case-state';
import { type CaseContext, caseMachine } from './case.machine';

/**
 * The version of the machine's shape. Bump it whenever a state is renamed, moved or removed, and
 * add a migration from the previous version in `case-migrations.ts`.
 */
export const MACHINE_VERSION = 2;

/** The JSON form of a case snapshot, as xstate's `getPersistedSnapshot` produces it. */
export interface PersistedCaseSnapshot {
  readonly status: 'active' | 'done' | 'error' | 'stopped';
  readonly value: StateValue;
  /** Deep history: history node id → the state nodes (by id) it remembers. */
  readonly historyValue: Readonly<Record<string, readonly { readonly id: string }[]>>;
  readonly context: CaseContext;
  readonly children: Readonly<Record<string, never>>;
  readonly output?: unknown;
  readonly error?: unknown;
}

/** What the database stores for a case: the snapshot and the machine version that wrote it. */
export interface PersistedCase {
  readonly machineVersion: number;
  readonly snapshot: PersistedCaseSnapshot;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStateValue(value: unknown): value is StateValue {
  if (typeof value === 'string') return true;
  return (
    isRecord(value) &&
    Object.values(value).every((child) => child === undefined || isStateValue(child))
  );
}

function isHistoryValue(value: unknown): value is PersistedCaseSnapshot['historyValue'] {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (nodes) =>
        Array.isArray(nodes) &&
        nodes.every((node: unknown) => isRecord(node) && typeof node['id'] === 'string'),
    )
  );
}

const STATUSES: readonly unknown[] = ['active', 'done', 'error', 'stopped'];

/** Whether `value` (e.g. a jsonb column) has the shape of a persisted case. */
export function isPersistedCase(value: unknown): value is PersistedCase {
  if (!isRecord(value) || !Number.isInteger(value['machineVersion'])) return false;
  const snapshot = value['snapshot'];
  return (
    isRecord(snapshot) &&
    STATUSES.includes(snapshot['status']) &&
    isStateValue(snapshot['value']) &&
    isHistoryValue(snapshot['historyValue']) &&
    isRecord(snapshot['context']) &&
    isRecord(snapshot['children'])
  );
}

/** The JSON-safe form of `snapshot`, stamped with the current `MACHINE_VERSION`. */
export function persist(snapshot: CaseSnapshot): PersistedCase {
  const persisted: unknown = JSON.parse(JSON.stringify(caseMachine.getPersistedSnapshot(snapshot)));
  const candidate = { machineVersion: MACHINE_VERSION, snapshot: persisted };
  if (!isPersistedCase(candidate)) {
    throw new Error('The case snapshot cannot be persisted: it has an unexpected shape');
  }
  return candidate;
}

/**
 * Rebuild a snapshot for the current machine from its persisted form, with xstate's pure
 * `resolveState` (no actor is started). The persisted form must be at `MACHINE_VERSION`; use
 * `restore`, which migrates older rows first.
 */
export function restoreCurrent(persisted: PersistedCase): CaseSnapshot {
  if (persisted.machineVersion !== MACHINE_VERSION) {
    throw new Error(
      `This case snapshot was stored by lifecycle machine version ${persisted.machineVersion}; ` +
        `migrate it to version ${MACHINE_VERSION} first`,
    );
  }
  const { snapshot } = persisted;
  const historyValue = Object.fromEntries(
    Object.entries(snapshot.historyValue).map(([historyId, nodes]) => [
      historyId,
      nodes.map((node) => {
        stateOfNodeId(node.id);
        return caseMachine.getStateNodeById(node.id);
      }),
    ]),
  );
  let restored: CaseSnapshot;
  try {
    restored = caseMachine.resolveState({
      value: snapshot.value,
      context: {},
      historyValue,
      status: snapshot.status,
      error: snapshot.error,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The stored case state ${JSON.stringify(snapshot.value)} does not exist in lifecycle ` +
        `machine version ${MACHINE_VERSION} (${detail})`,
    );
  }
  stateValueOf(restored);
  return restored;
}
