import { type StateValue } from 'xstate';
import {
  type PersistedCase,
  type PersistedCaseSnapshot,
  MACHINE_VERSION,
  restoreCurrent,
} from './case-persistence';
import { type CaseSnapshot } from './case-state';

/** Upgrades a persisted snapshot from one machine version to the next. */
export interface SnapshotMigration {
  /** The version this migration reads; it writes `from + 1`. */
  readonly from: number;
  readonly description: string;
  readonly migrate: (snapshot: PersistedCaseSnapshot) => PersistedCaseSnapshot;
}

function renameInValue(
  value: StateValue,
  path: readonly string[],
  from: string,
  to: string,
): StateValue {
  const [head, ...rest] = path;
  if (head === undefined) return value === from ? to : value;
  if (typeof value === 'string') return value;
  const child = value[head];
  if (child === undefined) return value;
  return { ...value, [head]: renameInValue(child, rest, from, to) };
}

/** Every migration, in order; version 1 is the first version ever stored. */
export const SNAPSHOT_MIGRATIONS: readonly SnapshotMigration[] = [
  {
    from: 1,
    description: 'Rename assessment.planned to assessment.scheduled',
    migrate: (snapshot) => ({
      ...snapshot,
      value: renameInValue(snapshot.value, ['active', 'assessment'], 'planned', 'scheduled'),
      historyValue: Object.fromEntries(
        Object.entries(snapshot.historyValue).map(([historyId, nodes]) => [
          historyId,
          nodes.map((node) =>
            node.id === 'case.active.assessment.planned'
              ? { id: 'case.active.assessment.scheduled' }
              : node,
          ),
        ]),
      ),
    }),
  },
];

/**
 * Upgrade a persisted case step by step to `MACHINE_VERSION` (unchanged when already current).
 * Throws when the version is unknown or newer than this code.
 */
export function migrateSnapshot(persisted: PersistedCase): PersistedCase {
  const { machineVersion } = persisted;
  if (!Number.isInteger(machineVersion) || machineVersion < 1) {
    throw new Error(`Unknown lifecycle machine version ${machineVersion}`);
  }
  if (machineVersion > MACHINE_VERSION) {
    throw new Error(
      `This case snapshot was stored by lifecycle machine version ${machineVersion}, newer than ` +
        `this code (version ${MACHINE_VERSION}); deploy the newer code first`,
    );
  }
  let current = persisted;
  while (current.machineVersion < MACHINE_VERSION) {
    const from = current.machineVersion;
    const step = SNAPSHOT_MIGRATIONS.find((migration) => migration.from === from);
    if (!step) throw new Error(`No migration from lifecycle machine version ${from}`);
    current = { machineVersion: from + 1, snapshot: step.migrate(current.snapshot) };
  }
  return current;
}

/** Migrate (if needed) and rebuild the snapshot: what the API calls on every stored row. */
export function restore(persisted: PersistedCase): CaseSnapshot {
  return restoreCurrent(migrateSnapshot(persisted));
}
