import { type CaseEvent, type CaseEventOf, type CaseEventType } from './case-events';
import { type ActiveCaseStateValue, type CaseStateValue } from './case-state';

const SAMPLE_HASH = 'sha256:sample-version';

/**
 * An event of `type` whose facts satisfy its guard. For tests, previews and demo seeds only: real
 * requests must carry facts loaded from the database.
 */
export function sampleEvent<T extends CaseEventType>(type: T): CaseEventOf<T>;
export function sampleEvent(type: CaseEventType): CaseEvent {
  switch (type) {
    case 'SCHEDULE_ASSESSMENT':
      return {
        type,
        expertId: 'sample-expert',
        date: '2025-03-03',
        facts: { expertAssigned: true },
      };
    case 'SUBMIT_ASSESSMENT':
      return { type, facts: { unscoredDimensions: [] } };
    case 'SEND_FOR_SIGNATURE':
      return {
        type,
        facts: {
          activities: [
            {
              title: 'Sample activity',
              hasExpert: true,
              hasPlannedHours: true,
              hasTargetDate: true,
            },
          ],
        },
      };
    case 'SIGN':
      return { type, versionHash: SAMPLE_HASH, facts: { sentVersionHash: SAMPLE_HASH } };
    case 'BEGIN_COMPLETION':
      return { type, facts: { openActivities: 0 } };
    case 'COMPLETE':
      return { type, facts: { outcomesRecorded: true, unapprovedTimeEntries: 0 } };
    case 'DECLINE':
      return { type, reason: 'Sample reason' };
    case 'PAUSE':
      return { type, reason: 'Sample reason' };
    case 'WITHDRAW':
      return { type, reason: 'Sample reason' };
    case 'START_ASSESSMENT':
    case 'RECALL':
    case 'COUNTERSIGN':
    case 'AMEND_AGREEMENT':
    case 'REOPEN':
    case 'RESUME':
      return { type };
  }
}

const MAIN_PATH_EVENTS: readonly [CaseStateValue, readonly CaseEventType[]][] = [
  ['intake', []],
  ['assessment.scheduled', ['SCHEDULE_ASSESSMENT']],
  ['assessment.inProgress', ['SCHEDULE_ASSESSMENT', 'START_ASSESSMENT']],
  ['agreement.drafting', ['SCHEDULE_ASSESSMENT', 'START_ASSESSMENT', 'SUBMIT_ASSESSMENT']],
  [
    'agreement.awaitingSignature',
    ['SCHEDULE_ASSESSMENT', 'START_ASSESSMENT', 'SUBMIT_ASSESSMENT', 'SEND_FOR_SIGNATURE'],
  ],
  [
    'agreement.awaitingCountersignature',
    ['SCHEDULE_ASSESSMENT', 'START_ASSESSMENT', 'SUBMIT_ASSESSMENT', 'SEND_FOR_SIGNATURE', 'SIGN'],
  ],
  [
    'implementation',
    [
      'SCHEDULE_ASSESSMENT',
      'START_ASSESSMENT',
      'SUBMIT_ASSESSMENT',
      'SEND_FOR_SIGNATURE',
      'SIGN',
      'COUNTERSIGN',
    ],
  ],
  [
    'completion',
    [
      'SCHEDULE_ASSESSMENT',
      'START_ASSESSMENT',
      'SUBMIT_ASSESSMENT',
      'SEND_FOR_SIGNATURE',
      'SIGN',
      'COUNTERSIGN',
      'BEGIN_COMPLETION',
    ],
  ],
];

function mainPathEventTypes(state: CaseStateValue): readonly CaseEventType[] {
  const found = MAIN_PATH_EVENTS.find(([candidate]) => candidate === state);
  if (!found) throw new Error(`"${state}" is not on the main path`);
  return found[1];
}

/**
 * Sample events that walk a new case from intake to `state` along the main path (then PAUSE or
 * WITHDRAW in `from`, default implementation, for `onHold` and `withdrawn`). For tests and demo
 * seeds, so that seeded cases carry the effects and history a real walk produces.
 */
export function sampleEventsTo(
  state: CaseStateValue,
  from: ActiveCaseStateValue = 'implementation',
): CaseEvent[] {
  const types: readonly CaseEventType[] =
    state === 'onHold'
      ? [...mainPathEventTypes(from), 'PAUSE']
      : state === 'withdrawn'
        ? [...mainPathEventTypes(from), 'WITHDRAW']
        : state === 'completed'
          ? [...mainPathEventTypes('completion'), 'COMPLETE']
          : mainPathEventTypes(state);
  return types.map((type) => sampleEvent(type));
}
