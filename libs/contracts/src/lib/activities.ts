import type { RefSummary } from './auth';
import type { CaseCompanyRef } from './cases';

/* Innovation activities and time sheets API types (issue 6). */

export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Hours logged against planned: `ok`, `warning` from 80 %, `over` from 100 %. */
export type HoursLevel = 'ok' | 'warning' | 'over';

export interface Activity {
  id: string;
  caseId: string;
  company: CaseCompanyRef;
  title: string;
  description: string;
  category: string;
  expert: RefSummary;
  plannedHours: number;
  /** Approved + submitted + draft hours of everyone (expert and SME). */
  loggedHours: number;
  expertHours: number;
  smeHours: number;
  hoursLevel: HoursLevel;
  /** YYYY-MM-DD */
  targetDate: string;
  status: ActivityStatus;
  outcomeNotes: string | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  doneAt: string | null;
  /** The statuses the caller may move it to now. */
  allowedStatuses: ActivityStatus[];
  rowVersion: number;
}

/** `PATCH /api/activities/:id/status` */
export interface ChangeActivityStatusRequest {
  status: ActivityStatus;
  /** Required for `cancelled`. */
  reason?: string;
  /** Optional for `done`. */
  outcomeNotes?: string;
  expectedRowVersion?: number;
}

export const TIME_ENTRY_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];
export type PersonKind = 'expert' | 'sme';

/** Hours are logged in quarter-hour steps. */
export const HOURS_STEP = 0.25;
export const MAX_HOURS_PER_DAY = 24;
/** The usual full-time cap for EU staff-cost claims; above it a person's year is flagged. */
export const YEARLY_HOURS_FLAG = 1720;

export interface TimeEntry {
  id: string;
  activityId: string;
  caseId: string;
  user: RefSummary;
  personKind: PersonKind;
  /** YYYY-MM-DD */
  date: string;
  hours: number;
  note: string;
  status: TimeEntryStatus;
  rejectReason: string | null;
  /** Whether the caller may still change or delete it (draft or rejected, month not locked). */
  editable: boolean;
}

/** `POST /api/time-entries` */
export interface CreateTimeEntryRequest {
  activityId: string;
  date: string;
  hours: number;
  note?: string;
  /** Coordinators/SME users may log for another person of their scope; default: the caller. */
  userId?: string;
}
/** `PATCH /api/time-entries/:id` */
export interface UpdateTimeEntryRequest {
  hours?: number;
  note?: string;
}

/** `PUT /api/timesheets/cell`: set one grid cell (creates, updates, or deletes when hours = 0). */
export interface SetGridCellRequest {
  activityId: string;
  date: string;
  /** 0 removes the cell's draft entry. */
  hours: number;
  userId?: string;
}

export interface TimesheetRow {
  activity: {
    id: string;
    title: string;
    caseId: string;
    company: CaseCompanyRef;
    status: ActivityStatus;
  };
  /** One cell per day of the week (Monday first): the person's entry on that day, if any. */
  cells: (TimeEntry | null)[];
  total: number;
}

/** `GET /api/timesheets/week?week=2026-W47&userId=` */
export interface TimesheetWeek {
  user: RefSummary;
  personKind: PersonKind;
  /** ISO week, e.g. `2026-W47`. */
  week: string;
  /** The seven dates, Monday first (YYYY-MM-DD). */
  days: string[];
  rows: TimesheetRow[];
  dayTotals: number[];
  total: number;
  /** The person's hours this calendar year, and whether they pass `YEARLY_HOURS_FLAG`. */
  yearTotal: number;
  yearFlagged: boolean;
  /** Months of this week that are locked (YYYY-MM). */
  lockedMonths: string[];
  /** Whether anything in the week is still draft or rejected (so "Submit week" makes sense). */
  canSubmit: boolean;
}

/** `POST /api/timesheets/submit`: a week (`2026-W47`) or a month (`2026-11`). */
export interface SubmitPeriodRequest {
  period: string;
  userId?: string;
}

/** What `POST /api/timesheets/submit` did. */
export interface SubmitPeriodResponse {
  period: string;
  /** How many draft or rejected entries are now submitted. */
  submitted: number;
}

/**
 * `POST /api/timesheets/copy-last-week`: the week (`TimesheetWeek`) with last week's activity
 * rows added (no hours). Rows are not stored: a row stays once one of its cells has hours.
 */
export interface CopyLastWeekRequest {
  week: string;
  userId?: string;
}

/** One group of `GET /api/approvals` (coordinator): submitted entries per case, person and month. */
export interface ApprovalGroup {
  caseId: string;
  company: CaseCompanyRef;
  user: RefSummary;
  personKind: PersonKind;
  /** YYYY-MM */
  month: string;
  entries: TimeEntry[];
  hours: number;
}

/** `POST /api/approvals/decide` */
export interface DecideEntriesRequest {
  entryIds: string[];
  decision: 'approve' | 'reject';
  /** Required to reject. */
  reason?: string;
}

/** What `POST /api/approvals/decide` did. */
export interface DecideEntriesResponse {
  decision: 'approve' | 'reject';
  count: number;
  hours: number;
}

/** `GET /api/approvals?caseId=&month=` (both optional). */
export interface ApprovalsQuery {
  caseId?: string;
  /** YYYY-MM */
  month?: string;
}

/** `POST /api/time-locks` */
export interface LockMonthRequest {
  /** YYYY-MM */
  month: string;
}

/** Body of `DELETE /api/time-locks/:month` (admin): why the month is opened again (audited). */
export interface UnlockMonthRequest {
  reason: string;
}

/** `GET /api/time-locks` and `POST /api/time-locks` (coordinator), `DELETE /api/time-locks/:month` (admin). */
export interface TimeLock {
  /** YYYY-MM */
  month: string;
  lockedBy: RefSummary;
  lockedAt: string;
}

export const TIME_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type TimeExportFormat = (typeof TIME_EXPORT_FORMATS)[number];

/** Query of `GET /api/time-entries/export.csv|xlsx` */
export interface TimeExportQuery {
  municipalityId?: string;
  caseId?: string;
  userId?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  status?: TimeEntryStatus;
}

/** Response header of the exports: the number of rows, sent before the first row (progress). */
export const TIME_EXPORT_TOTAL_HEADER = 'X-Total-Rows';

/** The export's columns, in order (CSV header and XLSX first row). */
export const TIME_EXPORT_COLUMNS = [
  'date',
  'person',
  'personKind',
  'company',
  'registrationNumber',
  'municipality',
  'caseId',
  'activity',
  'hours',
  'status',
  'note',
] as const;

/** One row of `GET /api/cases/:caseId/time-entries`: the entry and the title of its activity. */
export interface CaseTimeEntry extends TimeEntry {
  activityTitle: string;
}

/** A case's hours of one person kind, whoever logged them (rejected entries left out). */
export interface CaseHoursTotal {
  personKind: PersonKind;
  hours: number;
  approvedHours: number;
}

/**
 * `GET /api/cases/:caseId/time-entries?limit=&offset=`: the entries the caller may see, newest
 * day first (experts: their own; company users: their company's; coordinators: all), and the
 * case's totals per person kind (always both kinds, 0 when none).
 */
export interface CaseTimeEntriesResponse {
  items: CaseTimeEntry[];
  total: number;
  limit: number;
  offset: number;
  totals: CaseHoursTotal[];
}
