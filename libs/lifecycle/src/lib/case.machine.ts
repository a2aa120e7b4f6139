import { setup } from 'xstate';
import {
  type CancelRemindersEffect,
  type NotificationDetails,
  type NotificationTemplate,
  type NotifyEffect,
  type ReminderKind,
  type ReminderScope,
  type ScheduleReminderEffect,
  type SyncActivityRemindersEffect,
  reminderParams,
} from './case-effects';
import { type CaseEvent, factsFailure } from './case-events';

/** The machine keeps no context: everything it needs arrives as event facts. */
export type CaseContext = Record<string, never>;

/** The id of the machine's root state node; state node ids start with `case.`. */
export const CASE_MACHINE_ID = 'case';

/** The id of the deep history node RESUME returns through. */
export const CASE_HISTORY_NODE_ID = 'case.active.history';

// The effect actions do nothing when run: callers take them from `transition()` and write them to
// the outbox. Each action's params are the whole effect, so the caller can take them as they are.
function emitted<P>(): (_args: unknown, _params: P) => void {
  return () => {
    /* executed by the caller, never here */
  };
}

function passes(event: CaseEvent, type: CaseEvent['type']): boolean {
  return event.type === type && factsFailure(event) === null;
}

const schedule = (kind: ReminderKind) =>
  ({
    type: 'scheduleReminder',
    params: { type: 'scheduleReminder', ...reminderParams(kind) } satisfies ScheduleReminderEffect,
  }) as const;

const cancel = (scope: ReminderScope) =>
  ({
    type: 'cancelReminders',
    params: { type: 'cancelReminders', scope } satisfies CancelRemindersEffect,
  }) as const;

const notify = (
  template: NotificationTemplate,
  to: NotifyEffect['to'],
  details: (event: CaseEvent) => NotificationDetails = () => ({}),
) =>
  ({
    type: 'notify',
    params: ({ event }: { event: CaseEvent }): NotifyEffect => ({
      type: 'notify',
      template,
      to,
      details: details(event),
    }),
  }) as const;

const reasonOf = (event: CaseEvent): NotificationDetails =>
  'reason' in event ? { reason: event.reason } : {};

// Every event that lands in an active state pushes the stale-case reminder back (same job id).
const touch = schedule('staleCase');

/**
 * The case lifecycle of DESIGN §3. Active states live under `active` so that its deep history
 * node remembers the exact sub-state a PAUSE left; `stateValueOf` hides the `active` level.
 */
export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
  },
  guards: {
    expertAssigned: ({ event }) => passes(event, 'SCHEDULE_ASSESSMENT'),
    everyDimensionScored: ({ event }) => passes(event, 'SUBMIT_ASSESSMENT'),
    activitiesReadyForSignature: ({ event }) => passes(event, 'SEND_FOR_SIGNATURE'),
    signedVersionMatches: ({ event }) => passes(event, 'SIGN'),
    everyActivityClosed: ({ event }) => passes(event, 'BEGIN_COMPLETION'),
    readyToComplete: ({ event }) => passes(event, 'COMPLETE'),
  },
  actions: {
    scheduleReminder: emitted<ScheduleReminderEffect>(),
    cancelReminders: emitted<CancelRemindersEffect>(),
    syncActivityReminders: emitted<SyncActivityRemindersEffect>(),
    notify: emitted<NotifyEffect>(),
  },
}).createMachine({
  id: CASE_MACHINE_ID,
  context: {},
  initial: 'active',
  states: {
    active: {
      initial: 'intake',
      exit: [cancel('staleCase')],
      on: {
        PAUSE: {
          target: 'onHold',
          actions: [
            notify('casePaused', ['experts', 'smeContacts'], (event) =>
              event.type === 'PAUSE' ? { reason: event.reason, until: event.until } : {},
            ),
          ],
        },
        WITHDRAW: {
          target: 'withdrawn',
          actions: [notify('caseWithdrawn', ['experts', 'smeContacts'], reasonOf)],
        },
      },
      states: {
        intake: {
          entry: [touch],
          on: {
            SCHEDULE_ASSESSMENT: {
              target: 'assessment.scheduled',
              guard: 'expertAssigned',
              actions: [
                notify('assessmentScheduled', ['experts', 'smeContacts'], (event) =>
                  event.type === 'SCHEDULE_ASSESSMENT'
                    ? { expertId: event.expertId, date: event.date }
                    : {},
                ),
              ],
            },
          },
        },
        assessment: {
          initial: 'scheduled',
          entry: [schedule('assessmentDue'), schedule('assessmentOverdue')],
          exit: [cancel('assessment')],
          states: {
            scheduled: {
              entry: [touch],
              on: { START_ASSESSMENT: { target: 'inProgress' } },
            },
            inProgress: {
              entry: [touch],
              on: {
                SUBMIT_ASSESSMENT: {
                  target: '#case.active.agreement.drafting',
                  guard: 'everyDimensionScored',
                  actions: [notify('assessmentSubmitted', ['coordinator'])],
                },
              },
            },
          },
        },
        agreement: {
          initial: 'drafting',
          states: {
            drafting: {
              entry: [touch],
              on: {
                SEND_FOR_SIGNATURE: {
                  target: 'awaitingSignature',
                  guard: 'activitiesReadyForSignature',
                },
              },
            },
            awaitingSignature: {
              entry: [
                touch,
                schedule('signPlease'),
                schedule('signNudge'),
                schedule('signEscalation'),
              ],
              exit: [cancel('signature')],
              on: {
                SIGN: {
                  target: 'awaitingCountersignature',
                  guard: 'signedVersionMatches',
                  actions: [notify('agreementSigned', ['coordinator'])],
                },
                DECLINE: {
                  target: 'drafting',
                  actions: [notify('signatureDeclined', ['coordinator'], reasonOf)],
                },
                RECALL: {
                  target: 'drafting',
                  actions: [notify('signatureRecalled', ['smeSigners'])],
                },
              },
            },
            awaitingCountersignature: {
              entry: [touch, schedule('countersignPlease')],
              exit: [cancel('countersignature')],
              on: {
                COUNTERSIGN: {
                  target: '#case.active.implementation',
                  actions: [notify('agreementInForce', ['smeContacts', 'experts'])],
                },
                RECALL: {
                  target: 'drafting',
                  actions: [notify('signatureRecalled', ['smeSigners'])],
                },
              },
            },
          },
        },
        implementation: {
          entry: [
            touch,
            {
              type: 'syncActivityReminders',
              params: { type: 'syncActivityReminders', scope: 'activities' },
            },
          ],
          exit: [cancel('activities')],
          on: {
            AMEND_AGREEMENT: {
              target: 'agreement.drafting',
              actions: [notify('agreementAmended', ['experts', 'smeContacts'])],
            },
            BEGIN_COMPLETION: { target: 'completion', guard: 'everyActivityClosed' },
          },
        },
        completion: {
          entry: [touch],
          on: {
            COMPLETE: {
              target: '#case.completed',
              guard: 'readyToComplete',
              actions: [notify('caseCompleted', ['experts', 'smeContacts'])],
            },
            REOPEN: {
              target: 'implementation',
              actions: [notify('caseReopened', ['experts'])],
            },
          },
        },
        history: { type: 'history', history: 'deep' },
      },
    },
    onHold: {
      entry: [
        {
          type: 'scheduleReminder',
          params: ({ event }): ScheduleReminderEffect => {
            const defaults = {
              type: 'scheduleReminder',
              ...reminderParams('onHoldCheckIn'),
            } as const;
            return event.type === 'PAUSE' && event.until
              ? { ...defaults, due: { rule: 'at', date: event.until } }
              : defaults;
          },
        },
      ],
      exit: [cancel('onHold')],
      on: {
        RESUME: {
          target: 'active.history',
          actions: [notify('caseResumed', ['experts', 'smeContacts'])],
        },
        WITHDRAW: {
          target: 'withdrawn',
          actions: [notify('caseWithdrawn', ['experts', 'smeContacts'], reasonOf)],
        },
      },
    },
    completed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/** The type of the case machine. */
export type CaseMachine = typeof caseMachine;
