import type { CaseCompanyRef } from './cases';
import type { RefSummary } from './auth';

/* Technology assessment API types (issue 4). */

/** Baseline (during the assessment stage) and follow-up (during completion). */
export const ASSESSMENT_KINDS = ['T0', 'T1'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_MIN_SCORE = 0;
export const ASSESSMENT_MAX_SCORE = 5;
export const ASSESSMENT_NOTES_MAX = 4000;
export const ASSESSMENT_SUMMARY_MAX = 10000;

/** An assessment dimension of a programme (`GET /api/assessment-dimensions`). */
export interface AssessmentDimension {
  id: string;
  /** Stable slug, e.g. `digital-readiness`. */
  key: string;
  name: string;
  description: string;
  /** Six descriptors: index = level 0…5. */
  levels: string[];
  /** Upgrade categories suggested when this dimension is weak. */
  upgradeCategories: string[];
  position: number;
  /** Inactive dimensions are kept for old assessments but not used by new ones. */
  active: boolean;
}

/** `POST /api/assessment-dimensions` (admin). */
export interface CreateAssessmentDimensionRequest {
  name: string;
  key?: string;
  description?: string;
  levels: string[];
  upgradeCategories?: string[];
  position?: number;
}

/** `PATCH /api/assessment-dimensions/:id` (admin). */
export type UpdateAssessmentDimensionRequest = Partial<
  Omit<CreateAssessmentDimensionRequest, 'key'>
> & { active?: boolean };

export type AssessmentStatus = 'notStarted' | 'draft' | 'submitted';

export interface AssessmentScore {
  dimensionId: string;
  /** 0–5, or null while not scored. */
  score: number | null;
  notes: string;
}

/** `GET /api/cases/:id/assessments/:kind` (kind `t0` or `t1`). */
export interface AssessmentResponse {
  /** Null while nothing is saved (status `notStarted`). */
  id: string | null;
  caseId: string;
  kind: AssessmentKind;
  status: AssessmentStatus;
  /** The dimension set this assessment uses (kept as it was when the assessment started). */
  dimensions: AssessmentDimension[];
  /** One entry per dimension, in the order of `dimensions`. */
  scores: AssessmentScore[];
  summary: string;
  /** Names of the dimensions without a score; submitting is refused until it is empty. */
  missingDimensions: string[];
  /** Whether the caller may save it now (assigned expert, the right case state, not submitted). */
  canEdit: boolean;
  updatedAt: string | null;
  updatedBy: RefSummary | null;
  submittedAt: string | null;
  submittedBy: RefSummary | null;
}

/** One entry of `PUT /api/cases/:id/assessments/:kind`. */
export interface AssessmentScoreInput {
  dimensionId: string;
  score?: number | null;
  notes?: string;
}

/**
 * `PUT /api/cases/:id/assessments/:kind`: replaces the draft (dimensions not listed are
 * unscored, without notes). Saving the same body twice changes nothing.
 */
export interface SaveAssessmentRequest {
  summary?: string;
  scores: AssessmentScoreInput[];
}

/** An upgrade category suggested for a weak dimension. */
export interface UpgradeSuggestion {
  dimensionId: string;
  dimension: string;
  score: number;
  categories: string[];
}

export interface AssessmentComparisonRow {
  dimensionId: string;
  dimension: string;
  t0: number | null;
  t1: number | null;
  /** t1 − t0 when both are scored. */
  difference: number | null;
}

/** `GET /api/cases/:id/assessments`: T0 beside T1, the difference, and the suggestions. */
export interface CaseAssessmentsResponse {
  caseId: string;
  t0: AssessmentResponse;
  t1: AssessmentResponse;
  comparison: AssessmentComparisonRow[];
  /** For the weakest scored T0 dimensions (score ≤ 3, lowest first, at most three). */
  suggestions: UpgradeSuggestion[];
}

/** One row of `GET /api/assessments` (the expert's "my assessments"). */
export interface AssessmentListItem {
  caseId: string;
  caseState: string;
  company: CaseCompanyRef;
  municipality: RefSummary;
  kind: AssessmentKind;
  status: AssessmentStatus;
  scored: number;
  total: number;
  updatedAt: string | null;
  submittedAt: string | null;
}

export interface ListAssessmentsQuery {
  status?: AssessmentStatus;
  kind?: AssessmentKind;
  limit?: number;
  offset?: number;
}
