import { type ListCasesQuery } from './cases';
import { type CaseReportFilters } from './reporting';

/**
 * The case-list parameters a saved view may hold: the filters, the sort and the page size, in the
 * form `GET /api/cases` takes them. Not `offset`: a view opens on its first page.
 */
export const SAVED_CASE_VIEW_QUERY_KEYS = [
  'state',
  'stage',
  'municipalityId',
  'coordinatorId',
  'expertId',
  'q',
  'from',
  'to',
  'agreementSigned',
  'activity',
  'hours',
  'hasOutcomes',
  'jobsCreated',
  'newProducts',
  'sort',
  'order',
  'limit',
] as const;
export type SavedCaseViewQueryKey = (typeof SAVED_CASE_VIEW_QUERY_KEYS)[number];

/** The stored filters of a view; only the keys that were set. */
export type SavedCaseViewQuery = Pick<ListCasesQuery & CaseReportFilters, SavedCaseViewQueryKey>;

/** How many views one person may keep. */
export const SAVED_CASE_VIEW_LIMIT = 50;
/** Longest name of a view, in characters (after trimming). */
export const SAVED_CASE_VIEW_NAME_MAX = 80;

/** A case-list view that a person saved (`GET /api/cases/views`, in their order). */
export interface SavedCaseView {
  id: string;
  name: string;
  query: SavedCaseViewQuery;
  position: number;
  createdAt: string;
}

/** `POST /api/cases/views`. Unknown keys in `query`, or values the case list refuses, give 400. */
export interface CreateSavedCaseViewRequest {
  name: string;
  query: SavedCaseViewQuery;
}

/** `PATCH /api/cases/views/:id`: renames the view. */
export interface RenameSavedCaseViewRequest {
  name: string;
}
