import type { RefSummary } from './auth';
import type { Role } from './roles';

/*
 * Cases API types. The lifecycle library (`@techpact/lifecycle`) owns the state and event names;
 * contracts may not import it, so they travel here as strings. Compare them with
 * `CASE_STATE_VALUES` / `CASE_EVENT_TYPES` from the lifecycle library.
 */

/** Sort keys of `GET /api/cases`. */
export const CASE_SORT_FIELDS = ['openedAt', 'updatedAt', 'companyName'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

export const CASE_SORT_ORDERS = ['asc', 'desc'] as const;
export type CaseSortOrder = (typeof CASE_SORT_ORDERS)[number];

/** `POST /api/cases`. */
export interface CreateCaseRequest {
  companyId: string;
  /** Defaults to the calling coordinator (or the only coordinator of the company's municipality). */
  coordinatorId?: string;
}

/** Query of `GET /api/cases`; `state` may repeat (`?state=intake&state=onHold`). */
export interface ListCasesQuery {
  state?: string[];
  municipalityId?: string;
  coordinatorId?: string;
  expertId?: string;
  /** Matches the company name or registration number. */
  q?: string;
  sort?: CaseSortField;
  order?: CaseSortOrder;
  limit?: number;
  offset?: number;
}

export interface CaseCompanyRef {
  id: string;
  name: string;
  registrationNumber: string;
  country: string;
}

/** Where a case is on intake → assessment → agreement → implementation → completion. */
export interface CasePosition {
  /** 0–4 along the main path. */
  index: number;
  step: 'intake' | 'assessment' | 'agreement' | 'implementation' | 'completion';
  /** On hold; `step` is where it resumes. */
  onHold: boolean;
  /** Withdrawn; `step` is where it was withdrawn from. */
  withdrawn: boolean;
  completed: boolean;
}

/** One row of the case list. */
export interface CaseSummary {
  id: string;
  company: CaseCompanyRef;
  municipality: RefSummary;
  coordinator: RefSummary | null;
  experts: RefSummary[];
  /** The dotted lifecycle state, e.g. `assessment.inProgress`. */
  state: string;
  version: number;
  openedAt: string;
  updatedAt: string;
  lastEventAt: string;
}

/** `GET /api/cases/:id`. */
export interface CaseDetail extends CaseSummary {
  position: CasePosition;
  /** The events the caller may send now (their role and the machine; guards are checked on send). */
  allowedEvents: string[];
  /** The lifecycle machine version the snapshot was stored with. */
  machineVersion: number;
}

/**
 * `POST /api/cases/:id/events`: the event type, its payload fields, and optionally the version the
 * caller saw (a mismatch is refused with 409 instead of applying the event to a newer case).
 */
export interface CaseEventRequest {
  type: string;
  expectedVersion?: number;
  /** SCHEDULE_ASSESSMENT: an active expert of the programme. */
  expertId?: string;
  /** SCHEDULE_ASSESSMENT: ISO 8601 date. */
  date?: string;
  /** DECLINE, PAUSE, WITHDRAW: at most {@link CASE_REASON_MAX_LENGTH} characters. */
  reason?: string;
  /** PAUSE: ISO 8601 date for the check-in reminder. */
  until?: string;
  /** SIGN: SHA-256 of the version the signer saw. */
  versionHash?: string;
}

export const CASE_REASON_MAX_LENGTH = 2000;

/** The audit event recorded when a case is opened (every later entry is a lifecycle event). */
export const CASE_OPENED_EVENT = 'CASE_OPENED';

/** One entry of `GET /api/cases/:id/timeline` (newest first): an audit event. */
export interface CaseTimelineEntry {
  id: string;
  /** A lifecycle event type, or {@link CASE_OPENED_EVENT}. */
  type: string;
  fromState: string | null;
  toState: string;
  actor: (RefSummary & { role: Role }) | null;
  /** The event's payload as sent (reason, date, expert, …), never the loaded facts. */
  payload: Record<string, unknown>;
  /** The case version this event produced (0 for the opening). */
  version: number;
  createdAt: string;
}

/**
 * Kinds of outbox rows written in the transition's transaction and moved to the queue by the relay
 * after commit. They are the lifecycle's effect types.
 */
export const OUTBOX_KINDS = [
  'scheduleReminder',
  'cancelReminders',
  'syncActivityReminders',
  'notify',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * The payload of a case outbox row: ids and the effect as the lifecycle emitted it. `effect` is
 * the lifecycle's `CaseEffect` (typed there; contracts cannot import the lifecycle library).
 */
export interface CaseOutboxPayload<TEffect extends { type: OutboxKind } = { type: OutboxKind }> {
  caseId: string;
  programmeId: string;
  /** The case version whose transition emitted the effect; older versions may be dropped. */
  caseVersion: number;
  /** ISO time of the transition; `after` delays count from here. */
  occurredAt: string;
  effect: TEffect;
}
