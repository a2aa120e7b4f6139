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

/** `GET /api/dashboard?from=&to=&municipalityId=` (coordinator: their municipalities; admin: programme). */
export interface DashboardResponse {
  query: ReportingQuery;
  municipality: RefSummary | null;
  /** Cases per state along the lifecycle (funnel order), plus on hold and withdrawn. */
  funnel: { state: string; count: number; cases: CaseListLink }[];
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
  /** Average days a case spent in each stage (from the audit trail). */
  stageDurations: { stage: ReportingStage; averageDays: number | null; cases: number }[];
  /** T0 → T1 per assessment dimension, over cases that have both. */
  assessmentChange: { dimension: string; t0Average: number; t1Average: number; cases: number }[];
  attention: {
    overdueReminders: AttentionItem[];
    staleCases: AttentionItem[];
    awaitingSignature: AttentionItem[];
  };
}

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
  sizeBand: SizeBand;
  /** This enterprise's contribution to the indicator (1 for counts, jobs, DKK). */
  value: number;
}

export interface FunderIndicator {
  code: FunderIndicatorCode;
  label: string;
  value: number;
  bySize: { band: SizeBand; value: number }[];
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

/** `GET /api/programme/targets` and `PUT` (admin). */
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
