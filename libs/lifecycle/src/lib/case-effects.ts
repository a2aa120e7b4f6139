/*
 * Effects are what the machine asks the world to do. `transition()` returns them as actions; the
 * caller writes them to the outbox in the same transaction as the new snapshot (DESIGN §3, §4).
 * Nothing here runs I/O.
 */

/** The reminders a case state schedules on entry (DESIGN §4). */
export type ReminderKind =
  | 'assessmentDue'
  | 'assessmentOverdue'
  | 'signPlease'
  | 'signNudge'
  | 'signEscalation'
  | 'countersignPlease'
  | 'onHoldCheckIn'
  | 'staleCase';

/** A group of reminders that is cancelled together when the case leaves the state that set it. */
export type ReminderScope =
  'assessment' | 'signature' | 'countersignature' | 'activities' | 'onHold' | 'staleCase';

/** Who a reminder or notification goes to; the service resolves the actual people. */
export type Recipient = 'coordinator' | 'experts' | 'smeSigners' | 'smeContacts';

/** When a reminder fires: after a delay from now, or at a given ISO 8601 date/time. */
export type ReminderDue =
  | { readonly rule: 'after'; readonly amount: number; readonly unit: 'businessDays' | 'days' }
  | { readonly rule: 'at'; readonly date: string };

/**
 * Schedule one reminder. The job id is deterministic per case and kind, so scheduling a kind that
 * is already pending replaces it (this is how the stale-case reminder is pushed back on every
 * event). `due` carries the DESIGN §4 default; the programme's setting for `kind` wins.
 */
export interface ScheduleReminderEffect {
  readonly type: 'scheduleReminder';
  readonly kind: ReminderKind;
  readonly scope: ReminderScope;
  readonly to: Recipient;
  readonly due: ReminderDue;
}

/** Cancel every pending reminder of the case in `scope`. */
export interface CancelRemindersEffect {
  readonly type: 'cancelReminders';
  readonly scope: ReminderScope;
}

/**
 * (Re)build the per-activity reminders of the agreement in force: due soon (3 days before the
 * target date, to the expert), overdue (1 day after, to the coordinator) and the weekly hours
 * nudge. They depend on activity data, so the service computes them; they belong to scope
 * `activities`.
 */
export interface SyncActivityRemindersEffect {
  readonly type: 'syncActivityReminders';
  readonly scope: 'activities';
}

/** What a notification is about. */
export type NotificationTemplate =
  | 'assessmentScheduled'
  | 'assessmentSubmitted'
  | 'agreementSigned'
  | 'signatureDeclined'
  | 'signatureRecalled'
  | 'agreementInForce'
  | 'agreementAmended'
  | 'caseReopened'
  | 'caseCompleted'
  | 'casePaused'
  | 'caseResumed'
  | 'caseWithdrawn';

/** Data from the event that the notification text needs. */
export interface NotificationDetails {
  readonly reason?: string;
  readonly date?: string;
  readonly until?: string;
  readonly expertId?: string;
}

/** Send a notification (e-mail and in-app inbox) now. */
export interface NotifyEffect {
  readonly type: 'notify';
  readonly template: NotificationTemplate;
  readonly to: readonly Recipient[];
  readonly details: NotificationDetails;
}

/** Any effect a transition can emit. */
export type CaseEffect =
  ScheduleReminderEffect | CancelRemindersEffect | SyncActivityRemindersEffect | NotifyEffect;

/** The default recipient, scope and delay of each reminder kind (DESIGN §4). */
export const REMINDER_DEFAULTS: {
  readonly [K in ReminderKind]: Omit<ScheduleReminderEffect, 'type' | 'kind'>;
} = {
  assessmentDue: {
    scope: 'assessment',
    to: 'experts',
    due: { rule: 'after', amount: 10, unit: 'businessDays' },
  },
  assessmentOverdue: {
    scope: 'assessment',
    to: 'coordinator',
    due: { rule: 'after', amount: 15, unit: 'businessDays' },
  },
  signPlease: {
    scope: 'signature',
    to: 'smeSigners',
    due: { rule: 'after', amount: 3, unit: 'businessDays' },
  },
  signNudge: {
    scope: 'signature',
    to: 'smeSigners',
    due: { rule: 'after', amount: 7, unit: 'businessDays' },
  },
  signEscalation: {
    scope: 'signature',
    to: 'coordinator',
    due: { rule: 'after', amount: 10, unit: 'businessDays' },
  },
  countersignPlease: {
    scope: 'countersignature',
    to: 'coordinator',
    due: { rule: 'after', amount: 2, unit: 'businessDays' },
  },
  onHoldCheckIn: {
    scope: 'onHold',
    to: 'coordinator',
    due: { rule: 'after', amount: 30, unit: 'days' },
  },
  staleCase: {
    scope: 'staleCase',
    to: 'coordinator',
    due: { rule: 'after', amount: 30, unit: 'days' },
  },
};

/** The action params of a `scheduleReminder` with the defaults of `kind`. */
export function reminderParams(kind: ReminderKind): Omit<ScheduleReminderEffect, 'type'> {
  return { kind, ...REMINDER_DEFAULTS[kind] };
}
