import type { RefSummary } from './auth';
import type { CaseCompanyRef } from './cases';
import type { SizeBand } from './companies';

/* Dashboard, funder report, targets and retention (issue 8). */

/** Filters of the dashboard and the reports: a period (YYYY-MM-DD, inclusive) and a municipality. */
export interface ReportingQuery {
  from?: string;
  to?: string;
  municipalityId?: string;
}

/**
 * The query parameters of `GET /api/cases` (and of the web case list, `/cases?…`) that list the
 * cases behind a number, so that every number on the dashboard links to its cases.
 */
export type CaseListLink = Record<string, string>;

/**
 * The filters of `GET /api/cases` that the dashboard links use (besides `state` and
 * `municipalityId`). `from`/`to` (YYYY-MM-DD, inclusive, programme time) is the period of the
 * event filters given (agreementSigned, activity, hours, jobsCreated, newProducts); without any
 * of them it is the period in which the case was opened.
 */
export interface CaseReportFilters {
  /** A stage of the path, or `completed`, `onHold`, `withdrawn`; may repeat. */
  stage?: FunnelStage[];
  from?: string;
  to?: string;
  /** Cases whose first agreement came into force (in the period). */
  agreementSigned?: boolean;
  /** Cases with an activity identified (created, not cancelled) / started / done (in the period). */
  activity?: ActivityMilestone;
  /** Cases with approved hours of that kind of person (worked in the period). */
  hours?: 'expert' | 'sme';
  /** Cases with recorded outcomes (no period). */
  hasOutcomes?: boolean;
  /** Completed cases (completed in the period) that created at least one job. */
  jobsCreated?: boolean;
  /** Completed cases (completed in the period) with at least one new product. */
  newProducts?: boolean;
}

export const ACTIVITY_MILESTONES = ['identified', 'started', 'done'] as const;
export type ActivityMilestone = (typeof ACTIVITY_MILESTONES)[number];

export interface CountWithTarget {
  value: number;
  /** The programme target, null when none is set. */
  target: number | null;
  cases: CaseListLink;
}

export const REPORTING_STAGES = [
  'intake',
  'assessment',
  'agreement',
  'implementation',
  'completion',
] as const;
export type ReportingStage = (typeof REPORTING_STAGES)[number];

/** The funnel's bars: the stages of the path, then the cases that left it. */
export const FUNNEL_STAGES = [...REPORTING_STAGES, 'completed', 'onHold', 'withdrawn'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** `GET /api/dashboard?from=&to=&municipalityId=` (coordinator: their municipalities; admin: programme). */
export interface DashboardResponse {
  query: ReportingQuery;
  municipality: RefSummary | null;
  /**
   * Cases opened in the period by the stage they are in now ({@link FUNNEL_STAGES} order; `state`
   * is the stage, e.g. `assessment` for both assessment states).
   */
  funnel: { state: FunnelStage; count: number; cases: CaseListLink }[];
  agreementsSigned: CountWithTarget;
  activities: {
    identified: CountWithTarget;
    started: CountWithTarget;
    done: CountWithTarget;
  };
  hours: {
    /** Approved expert hours in the period. */
    expert: CountWithTarget;
    /** Approved SME (co-financing) hours in the period. */
    sme: CountWithTarget;
  };
  jobsCreated: CountWithTarget;
  companiesWithNewProducts: CountWithTarget;
  /**
   * Average days a case spent in each stage, over the cases that last left the stage in the
   * period (a case's stays in a stage are added up; time on hold is not counted).
   */
  stageDurations: { stage: ReportingStage; averageDays: number | null; cases: number }[];
  /** T0 → T1 per assessment dimension, over cases with both submitted (T1 in the period). */
  assessmentChange: { dimension: string; t0Average: number; t1Average: number; cases: number }[];
  /** Now, whatever the period; at most {@link ATTENTION_LIMIT} each, oldest first. */
  attention: {
    overdueReminders: AttentionItem[];
    staleCases: AttentionItem[];
    awaitingSignature: AttentionItem[];
  };
}

export const ATTENTION_LIMIT = 50;
/** A case is stale after this many days without an event. */
export const STALE_CASE_DAYS = 30;

export interface AttentionItem {
  caseId: string;
  company: CaseCompanyRef;
  state: string;
  /** ISO time since when (due time, last event, sent time). */
  since: string;
  /** Plain words, e.g. "Please sign: 2 of 3 signers have not signed". */
  detail: string;
}

/** EU common indicators the funder asks for, each enterprise counted once. */
export const FUNDER_INDICATORS = ['RCO01', 'RCO02', 'RCR01', 'RCR02'] as const;
export type FunderIndicatorCode = (typeof FUNDER_INDICATORS)[number];

export interface FunderEnterprise {
  companyId: string;
  name: string;
  registrationNumber: string;
  municipality: string;
  /** null when the number of employees is unknown. */
  sizeBand: SizeBand | null;
  /** This enterprise's contribution to the indicator (1 for counts, jobs, DKK). */
  value: number;
}

export interface FunderIndicator {
  code: FunderIndicatorCode;
  label: string;
  value: number;
  /** Every band in order, then `unknown` (employees not recorded). */
  bySize: { band: SizeBand | 'unknown'; value: number }[];
  enterprises: FunderEnterprise[];
}

/** `GET /api/reports/funder?from=&to=&municipalityId=` (also `.xlsx` and `.pdf`). */
export interface FunderReport {
  query: ReportingQuery & { from: string; to: string };
  programme: RefSummary;
  indicators: FunderIndicator[];
  hours: { expert: number; sme: number };
  generatedAt: string;
}

/** `GET /api/programme/targets` and `PUT` (admin); null: no target. */
export interface ProgrammeTargets {
  agreements: number | null;
  activities: number | null;
  jobs: number | null;
  companiesWithNewProducts: number | null;
  expertHours: number | null;
  smeHours: number | null;
}

/** `GET /api/programme/retention` and `PUT` (admin). */
export interface RetentionSettings {
  /** Years after 31 December of the year of the last payment; 5 to 10. */
  years: number;
  /** The year of the programme's last payment; null while unknown (nothing can be anonymised). */
  lastPaymentYear: number | null;
  /** The first day personal data may be anonymised, or null. */
  retainedUntil: string | null;
}

/** `GET /api/companies/:id/personal-data` (admin): what the programme holds about its people. */
export interface CompanyPersonalData {
  company: { id: string; name: string; registrationNumber: string };
  contacts: { name: string; role: string | null; email: string | null; phone: string | null }[];
  users: { name: string; email: string; createdAt: string }[];
  signatures: { name: string; email: string; signedAt: string; ip: string | null }[];
  exportedAt: string;
}

/** `POST /api/cases/:id/follow-up-assessment` (coordinator, case in completion). */
export interface FollowUpRequestResponse {
  caseId: string;
  /** The experts of the case, each sent a `followUpRequested` notification. */
  notified: RefSummary[];
}

/** `POST /api/companies/:id/anonymise` (admin, once retention has ended). */
export interface AnonymiseCompanyResponse {
  companyId: string;
  contacts: number;
  users: number;
  signers: number;
  anonymisedAt: string;
}
