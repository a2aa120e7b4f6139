import { type CaseEvent, type CaseEventType, CASE_EVENT_TYPES } from './case-events';
import { type Role, mayRoleSend } from './case-roles';
import { sampleEvent } from './case-samples';
import {
  type ActiveCaseStateValue,
  type CaseStateValue,
  CASE_STATE_VALUES,
  caseInState,
  isActiveCaseState,
  stateValueOf,
} from './case-state';
import { allowedEvents, applyEvent, decideEvent, explainGuardFailure } from './case-transition';

// DESIGN §3, row by row. `from` lists every concrete state the row's "from" stands for.
interface Row {
  readonly from: readonly CaseStateValue[];
  readonly event: CaseEventType;
  readonly who: Exclude<Role, 'admin'>;
  readonly to: CaseStateValue | 'history';
}

const ACTIVE = CASE_STATE_VALUES.filter(isActiveCaseState);
const NON_FINAL = [...ACTIVE, 'onHold'] as const;

const TABLE: readonly Row[] = [
  {
    from: ['intake'],
    event: 'SCHEDULE_ASSESSMENT',
    who: 'coordinator',
    to: 'assessment.scheduled',
  },
  {
    from: ['assessment.scheduled'],
    event: 'START_ASSESSMENT',
    who: 'expert',
    to: 'assessment.inProgress',
  },
  {
    from: ['assessment.inProgress'],
    event: 'SUBMIT_ASSESSMENT',
    who: 'expert',
    to: 'agreement.drafting',
  },
  {
    from: ['agreement.drafting'],
    event: 'SEND_FOR_SIGNATURE',
    who: 'coordinator',
    to: 'agreement.awaitingSignature',
  },
  {
    from: ['agreement.awaitingSignature'],
    event: 'SIGN',
    who: 'sme',
    to: 'agreement.awaitingCountersignature',
  },
  { from: ['agreement.awaitingSignature'], event: 'DECLINE', who: 'sme', to: 'agreement.drafting' },
  {
    from: ['agreement.awaitingSignature', 'agreement.awaitingCountersignature'],
    event: 'RECALL',
    who: 'coordinator',
    to: 'agreement.drafting',
  },
  {
    from: ['agreement.awaitingCountersignature'],
    event: 'COUNTERSIGN',
    who: 'coordinator',
    to: 'implementation',
  },
  {
    from: ['implementation'],
    event: 'AMEND_AGREEMENT',
    who: 'coordinator',
    to: 'agreement.drafting',
  },
  { from: ['implementation'], event: 'BEGIN_COMPLETION', who: 'coordinator', to: 'completion' },
  { from: ['completion'], event: 'COMPLETE', who: 'coordinator', to: 'completed' },
  { from: ['completion'], event: 'REOPEN', who: 'coordinator', to: 'implementation' },
  { from: ACTIVE, event: 'PAUSE', who: 'coordinator', to: 'onHold' },
  { from: ['onHold'], event: 'RESUME', who: 'coordinator', to: 'history' },
  { from: NON_FINAL, event: 'WITHDRAW', who: 'coordinator', to: 'withdrawn' },
];

const ROLES: readonly Role[] = ['admin', 'coordinator', 'expert', 'sme'];

const cases = TABLE.flatMap((row) => row.from.map((from) => ({ ...row, from })));

function start(from: CaseStateValue) {
  return from === 'onHold'
    ? caseInState('onHold', { pausedIn: 'implementation' })
    : caseInState(from);
}

describe('DESIGN §3 lifecycle table', () => {
  describe.each(cases)('$from --$event--> $to', ({ from, event, who, to }) => {
    it('is accepted with its facts satisfied and lands in the target state', () => {
      const result = applyEvent(start(from), sampleEvent(event));
      expect(result.changed).toBe(true);
      expect(stateValueOf(result.snapshot)).toBe(to === 'history' ? 'implementation' : to);
    });

    it(`may be sent by a ${who} or an admin only`, () => {
      for (const role of ROLES) {
        expect(mayRoleSend(role, event)).toBe(role === who || role === 'admin');
      }
      expect(allowedEvents(start(from), who)).toContain(event);
      expect(allowedEvents(start(from), 'admin')).toContain(event);
    });

    it('is refused for any other role', () => {
      for (const role of ROLES.filter((r) => r !== who && r !== 'admin')) {
        const decision = decideEvent(start(from), sampleEvent(event), role);
        expect(decision).toEqual({ outcome: 'forbidden', message: expect.stringContaining(who) });
        expect(allowedEvents(start(from), role)).not.toContain(event);
      }
    });
  });

  it('accepts exactly the table: every other (state, event) pair is refused', () => {
    for (const state of CASE_STATE_VALUES) {
      const expected = CASE_EVENT_TYPES.filter((type) =>
        cases.some((c) => c.from === state && c.event === type),
      );
      const snapshot = start(state);
      expect({ state, events: allowedEvents(snapshot) }).toEqual({ state, events: expected });
      for (const type of CASE_EVENT_TYPES.filter((t) => !expected.includes(t))) {
        const result = applyEvent(snapshot, sampleEvent(type));
        expect(result).toEqual({ snapshot, effects: [], changed: false });
        expect(explainGuardFailure(snapshot, sampleEvent(type))).toBeNull();
        expect(decideEvent(snapshot, sampleEvent(type), 'admin')).toMatchObject({
          outcome: 'notAccepted',
          allowedEvents: expected,
        });
      }
    }
  });

  it('final states accept nothing', () => {
    expect(allowedEvents(caseInState('completed'))).toEqual([]);
    expect(allowedEvents(caseInState('withdrawn'))).toEqual([]);
  });

  describe('guards refuse with a reason in plain words when the facts are not satisfied', () => {
    const refused: readonly [ActiveCaseStateValue, CaseEvent, string][] = [
      [
        'intake',
        {
          type: 'SCHEDULE_ASSESSMENT',
          expertId: 'e1',
          date: '2025-03-03',
          facts: { expertAssigned: false },
        },
        'The expert must be assigned to the case before the assessment can be scheduled',
      ],
      [
        'assessment.inProgress',
        {
          type: 'SUBMIT_ASSESSMENT',
          facts: { unscoredDimensions: ['Digital readiness', 'Green digitalisation'] },
        },
        'Every dimension must be scored: missing Digital readiness, Green digitalisation',
      ],
      [
        'agreement.drafting',
        { type: 'SEND_FOR_SIGNATURE', facts: { activities: [] } },
        'The agreement needs at least one activity before it can be sent for signature',
      ],
      [
        'agreement.drafting',
        {
          type: 'SEND_FOR_SIGNATURE',
          facts: {
            activities: [
              {
                title: 'Robot cell',
                hasExpert: false,
                hasPlannedHours: true,
                hasTargetDate: false,
              },
              { title: 'MES pilot', hasExpert: true, hasPlannedHours: false, hasTargetDate: true },
              { title: 'Ready', hasExpert: true, hasPlannedHours: true, hasTargetDate: true },
            ],
          },
        },
        'Every activity needs an expert, planned hours and a target date: "Robot cell" has no expert and no target date; "MES pilot" has no planned hours',
      ],
      [
        'agreement.awaitingSignature',
        { type: 'SIGN', versionHash: 'sha256:old', facts: { sentVersionHash: 'sha256:new' } },
        'The signed document does not match the version sent for signature',
      ],
      [
        'agreement.awaitingSignature',
        { type: 'SIGN', versionHash: 'sha256:old', facts: { sentVersionHash: null } },
        'No version of the agreement is out for signature',
      ],
      [
        'implementation',
        { type: 'BEGIN_COMPLETION', facts: { openActivities: 2 } },
        '2 activities are not done or cancelled yet',
      ],
      [
        'implementation',
        { type: 'BEGIN_COMPLETION', facts: { openActivities: 1 } },
        '1 activity is not done or cancelled yet',
      ],
      [
        'completion',
        { type: 'COMPLETE', facts: { outcomesRecorded: false, unapprovedTimeEntries: 0 } },
        'The outcomes have not been recorded yet',
      ],
      [
        'completion',
        { type: 'COMPLETE', facts: { outcomesRecorded: true, unapprovedTimeEntries: 3 } },
        '3 time entries are not approved yet',
      ],
    ];

    it.each(refused)('%s refuses %j', (from, event, reason) => {
      const snapshot = caseInState(from);
      const result = applyEvent(snapshot, event);
      expect(result.changed).toBe(false);
      expect(result.snapshot).toBe(snapshot);
      expect(result.effects).toEqual([]);
      expect(explainGuardFailure(snapshot, event)).toBe(reason);
      expect(explainGuardFailure(from, event)).toBe(reason);
      expect(decideEvent(snapshot, event, 'admin')).toEqual({
        outcome: 'guardFailed',
        message: reason,
      });
    });

    it('explains nothing when the guard passes', () => {
      expect(explainGuardFailure('implementation', sampleEvent('BEGIN_COMPLETION'))).toBeNull();
      expect(
        decideEvent(caseInState('implementation'), sampleEvent('BEGIN_COMPLETION'), 'coordinator'),
      ).toEqual({
        outcome: 'accepted',
      });
    });
  });
});
