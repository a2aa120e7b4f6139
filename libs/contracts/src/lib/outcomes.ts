import type { RefSummary } from './auth';

/* Case outcomes, recorded at completion (issue 8). */

/** The turnover effect the company expects from the upgrades, as a band of yearly change. */
export const TURNOVER_EFFECT_BANDS = [
  'none',
  'upTo5Percent',
  '5To15Percent',
  '15To30Percent',
  'over30Percent',
  'unknown',
] as const;
export type TurnoverEffectBand = (typeof TURNOVER_EFFECT_BANDS)[number];

export const OUTCOME_SUMMARY_MAX = 5000;
export const OUTCOME_COUNT_MAX = 10000;
/** Private investment in whole DKK. */
export const OUTCOME_INVESTMENT_MAX = 1_000_000_000;

/** `PUT /api/cases/:id/outcomes` (coordinator/admin, while the case is in completion). */
export interface RecordOutcomesRequest {
  jobsCreated: number;
  newProducts: number;
  newProcesses: number;
  privateInvestmentDkk: number;
  turnoverEffect: TurnoverEffectBand;
  closingSummary: string;
}

export interface CaseOutcomes extends RecordOutcomesRequest {
  recordedAt: string;
  recordedBy: RefSummary | null;
}

/** `GET /api/cases/:id/outcomes`. */
export interface CaseOutcomesResponse {
  caseId: string;
  /** Null until recorded; COMPLETE is refused until then. */
  outcomes: CaseOutcomes | null;
  /** Whether the caller may record or change them now. */
  canEdit: boolean;
}
