import {
  type BeginCompletionFacts,
  type CompleteFacts,
  type NoFacts,
  type ScheduleAssessmentFacts,
  type SendForSignatureFacts,
  type SignFacts,
  type SubmitAssessmentFacts,
  checkBeginCompletion,
  checkComplete,
  checkScheduleAssessment,
  checkSendForSignature,
  checkSign,
  checkSubmitAssessment,
} from './case-facts';

/** Every event of DESIGN §3, in the order of the table. */
export const CASE_EVENT_TYPES = [
  'SCHEDULE_ASSESSMENT',
  'START_ASSESSMENT',
  'SUBMIT_ASSESSMENT',
  'SEND_FOR_SIGNATURE',
  'SIGN',
  'DECLINE',
  'RECALL',
  'COUNTERSIGN',
  'AMEND_AGREEMENT',
  'BEGIN_COMPLETION',
  'COMPLETE',
  'REOPEN',
  'PAUSE',
  'RESUME',
  'WITHDRAW',
] as const;

/** The type of a case event, e.g. `'SIGN'`. */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** Coordinator schedules the assessment with an expert on a date (ISO 8601). */
export interface ScheduleAssessmentEvent {
  readonly type: 'SCHEDULE_ASSESSMENT';
  readonly expertId: string;
  readonly date: string;
  readonly facts: ScheduleAssessmentFacts;
}
/** Expert starts the scheduled assessment. */
export interface StartAssessmentEvent {
  readonly type: 'START_ASSESSMENT';
  readonly facts?: NoFacts;
}
/** Expert submits the assessment; every dimension must be scored. */
export interface SubmitAssessmentEvent {
  readonly type: 'SUBMIT_ASSESSMENT';
  readonly facts: SubmitAssessmentFacts;
}
/** Coordinator sends the draft agreement version for signature. */
export interface SendForSignatureEvent {
  readonly type: 'SEND_FOR_SIGNATURE';
  readonly facts: SendForSignatureFacts;
}
/** SME signs; `versionHash` is the SHA-256 of the document the signer saw. */
export interface SignEvent {
  readonly type: 'SIGN';
  readonly versionHash: string;
  readonly facts: SignFacts;
}
/** SME declines to sign, with a reason. */
export interface DeclineEvent {
  readonly type: 'DECLINE';
  readonly reason: string;
  readonly facts?: NoFacts;
}
/** Coordinator recalls a version waiting for a signature or countersignature. */
export interface RecallEvent {
  readonly type: 'RECALL';
  readonly facts?: NoFacts;
}
/** Coordinator countersigns; the agreement is in force. */
export interface CountersignEvent {
  readonly type: 'COUNTERSIGN';
  readonly facts?: NoFacts;
}
/** Coordinator starts an amendment (a new version) during implementation. */
export interface AmendAgreementEvent {
  readonly type: 'AMEND_AGREEMENT';
  readonly facts?: NoFacts;
}
/** Coordinator begins completion; every activity must be done or cancelled. */
export interface BeginCompletionEvent {
  readonly type: 'BEGIN_COMPLETION';
  readonly facts: BeginCompletionFacts;
}
/** Coordinator completes the case; outcomes recorded and no hours left unapproved. */
export interface CompleteEvent {
  readonly type: 'COMPLETE';
  readonly facts: CompleteFacts;
}
/** Coordinator takes a case in completion back to implementation. */
export interface ReopenEvent {
  readonly type: 'REOPEN';
  readonly facts?: NoFacts;
}
/** Coordinator puts an active case on hold; `until` (ISO 8601) sets the check-in reminder. */
export interface PauseEvent {
  readonly type: 'PAUSE';
  readonly reason: string;
  readonly until?: string;
  readonly facts?: NoFacts;
}
/** Coordinator resumes a case on hold; it returns to the exact state it left. */
export interface ResumeEvent {
  readonly type: 'RESUME';
  readonly facts?: NoFacts;
}
/** Coordinator withdraws the case (final). */
export interface WithdrawEvent {
  readonly type: 'WITHDRAW';
  readonly reason: string;
  readonly facts?: NoFacts;
}

/** Any event the case machine understands. */
export type CaseEvent =
  | ScheduleAssessmentEvent
  | StartAssessmentEvent
  | SubmitAssessmentEvent
  | SendForSignatureEvent
  | SignEvent
  | DeclineEvent
  | RecallEvent
  | CountersignEvent
  | AmendAgreementEvent
  | BeginCompletionEvent
  | CompleteEvent
  | ReopenEvent
  | PauseEvent
  | ResumeEvent
  | WithdrawEvent;

/** The event interface for one event type, e.g. `CaseEventOf<'SIGN'>`. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** The facts each event carries (`NoFacts` for events without a guard). */
export type FactsFor<T extends CaseEventType> = NonNullable<CaseEventOf<T>['facts']>;

/** The events whose guard needs facts loaded from the database. */
export const EVENTS_WITH_FACTS = [
  'SCHEDULE_ASSESSMENT',
  'SUBMIT_ASSESSMENT',
  'SEND_FOR_SIGNATURE',
  'SIGN',
  'BEGIN_COMPLETION',
  'COMPLETE',
] as const satisfies readonly CaseEventType[];

/** Short English labels for buttons, messages and the graph. */
export const EVENT_LABELS: { readonly [T in CaseEventType]: string } = {
  SCHEDULE_ASSESSMENT: 'Schedule assessment',
  START_ASSESSMENT: 'Start assessment',
  SUBMIT_ASSESSMENT: 'Submit assessment',
  SEND_FOR_SIGNATURE: 'Send for signature',
  SIGN: 'Sign',
  DECLINE: 'Decline',
  RECALL: 'Recall',
  COUNTERSIGN: 'Countersign',
  AMEND_AGREEMENT: 'Amend agreement',
  BEGIN_COMPLETION: 'Begin completion',
  COMPLETE: 'Complete',
  REOPEN: 'Reopen',
  PAUSE: 'Put on hold',
  RESUME: 'Resume',
  WITHDRAW: 'Withdraw',
};

/** Whether `value` is one of the case event types (for parsing requests). */
export function isCaseEventType(value: unknown): value is CaseEventType {
  return typeof value === 'string' && (CASE_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * Why the facts carried by `event` do not allow it, in plain words; null when they do (or when
 * the event has no guard). This looks at the facts only, not at the case's state.
 */
export function factsFailure(event: CaseEvent): string | null {
  switch (event.type) {
    case 'SCHEDULE_ASSESSMENT':
      return checkScheduleAssessment(event.facts);
    case 'SUBMIT_ASSESSMENT':
      return checkSubmitAssessment(event.facts);
    case 'SEND_FOR_SIGNATURE':
      return checkSendForSignature(event.facts);
    case 'SIGN':
      return checkSign(event.versionHash, event.facts);
    case 'BEGIN_COMPLETION':
      return checkBeginCompletion(event.facts);
    case 'COMPLETE':
      return checkComplete(event.facts);
    case 'START_ASSESSMENT':
    case 'DECLINE':
    case 'RECALL':
    case 'COUNTERSIGN':
    case 'AMEND_AGREEMENT':
    case 'REOPEN':
    case 'PAUSE':
    case 'RESUME':
    case 'WITHDRAW':
      return null;
  }
}
