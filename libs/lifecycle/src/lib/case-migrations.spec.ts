import { migrateSnapshot, restore } from './case-migrations';
import {
  type PersistedCase,
  MACHINE_VERSION,
  isPersistedCase,
  persist,
  restoreCurrent,
} from './case-persistence';
import { sampleEvent } from './case-samples';
import { caseInState, stateValueOf } from './case-state';
import { applyEvent } from './case-transition';

// Rows as machine version 1 stored them: the assessment's first sub-state was called `planned`.
const v1Planned: PersistedCase = {
  machineVersion: 1,
  snapshot: {
    status: 'active',
    value: { active: { assessment: 'planned' } },
    historyValue: {},
    context: {},
    children: {},
  },
};

const v1PausedInPlanned: PersistedCase = {
  machineVersion: 1,
  snapshot: {
    status: 'active',
    value: 'onHold',
    historyValue: { 'case.active.history': [{ id: 'case.active.assessment.planned' }] },
    context: {},
    children: {},
  },
};

describe('snapshot versions and migration', () => {
  it('stamps every persisted snapshot with the current machine version', () => {
    expect(MACHINE_VERSION).toBe(2);
    const persisted = persist(caseInState('implementation'));
    expect(persisted.machineVersion).toBe(MACHINE_VERSION);
    expect(isPersistedCase(JSON.parse(JSON.stringify(persisted)))).toBe(true);
  });

  it('migrates a v1 snapshot in assessment.planned to assessment.scheduled', () => {
    const migrated = migrateSnapshot(v1Planned);
    expect(migrated.machineVersion).toBe(2);
    expect(migrated.snapshot.value).toEqual({ active: { assessment: 'scheduled' } });
    expect(v1Planned.snapshot.value).toEqual({ active: { assessment: 'planned' } });
    const restored = restore(v1Planned);
    expect(stateValueOf(restored)).toBe('assessment.scheduled');
    expect(stateValueOf(applyEvent(restored, sampleEvent('START_ASSESSMENT')).snapshot)).toBe(
      'assessment.inProgress',
    );
  });

  it('migrates the history of a v1 case paused in assessment.planned', () => {
    const restored = restore(v1PausedInPlanned);
    expect(stateValueOf(restored)).toBe('onHold');
    expect(stateValueOf(applyEvent(restored, sampleEvent('RESUME')).snapshot)).toBe(
      'assessment.scheduled',
    );
  });

  it('leaves current snapshots alone', () => {
    const current = persist(caseInState('completion'));
    expect(migrateSnapshot(current)).toBe(current);
  });

  it('refuses a v1 snapshot without migration, a newer version, and an unknown state', () => {
    expect(() => restoreCurrent(v1Planned)).toThrow('migrate it to version 2 first');
    expect(() => restore({ ...v1Planned, machineVersion: 3 })).toThrow('newer than this code');
    expect(() => restore({ ...v1Planned, machineVersion: 0 })).toThrow(
      'Unknown lifecycle machine version 0',
    );
    expect(() => restore({ machineVersion: 2, snapshot: { ...v1Planned.snapshot } })).toThrow(
      'does not exist in lifecycle machine version 2',
    );
  });

  it('recognises what is not a persisted case', () => {
    expect(isPersistedCase(null)).toBe(false);
    expect(isPersistedCase({ machineVersion: '2', snapshot: v1Planned.snapshot })).toBe(false);
    expect(isPersistedCase({ machineVersion: 2, snapshot: { value: 'intake' } })).toBe(false);
  });
});
