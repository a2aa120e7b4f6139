import type { CompanySummary } from './admin';
import type { RefSummary } from './auth';

/*
 * Company register API types (issue 4). `CompanySummary` (admin.ts) is the list row; the fields
 * added here are optional there so that older callers keep compiling.
 */

/** Derived from employees: micro < 10, small < 50, medium < 250, large otherwise. */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Annual turnover in EUR, by the EU SME thresholds: ≤ 2 m, ≤ 10 m, ≤ 50 m, more. */
export const TURNOVER_BANDS = ['upTo2m', 'upTo10m', 'upTo50m', 'over50m'] as const;
export type TurnoverBand = (typeof TURNOVER_BANDS)[number];

export const COMPANY_SORT_FIELDS = ['name', 'createdAt', 'employees'] as const;
export type CompanySortField = (typeof COMPANY_SORT_FIELDS)[number];

/** Query of `GET /api/companies`. */
export interface ListCompaniesQuery {
  /** Matches name or registration number. */
  q?: string;
  municipalityId?: string;
  /** NACE code prefix: `25` matches 25, 25.6 and 25.62. */
  sector?: string;
  size?: SizeBand;
  country?: string;
  sort?: CompanySortField;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface CompanyAddress {
  line: string | null;
  postalCode: string | null;
  city: string | null;
}

/** `POST /api/companies`. Danish (DK) numbers are CVR numbers: 8 digits with the mod-11 check. */
export interface CreateCompanyRequest {
  name: string;
  registrationNumber: string;
  /** ISO 3166-1 alpha-2; default DK. */
  country?: string;
  municipalityId: string;
  employees?: number | null;
  /** NACE Rev. 2 code: division (`25`), group (`25.6`) or class (`25.62`). */
  sectorCode?: string | null;
  turnoverBand?: TurnoverBand | null;
  address?: Partial<CompanyAddress>;
}

/** `PATCH /api/companies/:id`: any subset; `null` clears an optional field. */
export type UpdateCompanyRequest = Partial<CreateCompanyRequest>;

/** Whether a contact person has an SME account (or an open invitation) for this company. */
export type ContactAccountStatus = 'none' | 'invited' | 'active';

export interface CompanyContact {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  account: ContactAccountStatus;
  /**
   * The body for `POST /api/invitations` that invites this contact as an SME user of the
   * company; null when the contact has no e-mail or already has an account or open invitation.
   */
  invitation: { email: string; name: string; role: 'sme'; companyId: string } | null;
}

/** `POST /api/companies/:id/contacts`. */
export interface CreateContactRequest {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

export type UpdateContactRequest = Partial<CreateContactRequest>;

/** A case of the company, as its page lists them. */
export interface CompanyCaseSummary {
  id: string;
  state: string;
  openedAt: string;
  updatedAt: string;
  coordinator: RefSummary | null;
  experts: RefSummary[];
}

/** `GET /api/companies/:id`. */
export interface CompanyDetail extends CompanySummary {
  employees: number | null;
  sizeBand: SizeBand | null;
  sectorCode: string | null;
  turnoverBand: TurnoverBand | null;
  address: CompanyAddress;
  contacts: CompanyContact[];
  /** The cases the caller may see, newest first. */
  cases: CompanyCaseSummary[];
  createdAt: string;
  updatedAt: string;
}

/**
 * `POST /api/companies/import/preview` and `POST /api/companies/import`: a CSV file, sent as
 * `text/csv` or as JSON `{ csv }`. Header row required; columns (case-insensitive, any order):
 * name, registrationNumber (or cvr), country, municipality (name or code), employees,
 * sectorCode (or nace), turnoverBand, address, postalCode, city, contactName, contactRole,
 * contactEmail, contactPhone. Rows match existing companies by country + registration number.
 */
export interface ImportCompaniesRequest {
  csv: string;
}

export const IMPORT_ACTIONS = ['create', 'update', 'reject'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export interface ImportPreviewRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  action: ImportAction;
  name: string;
  registrationNumber: string;
  country: string;
  /** The existing company an update changes. */
  companyId: string | null;
  /** Update: the fields that change (empty when the row matches the register). */
  changes: string[];
  /** Reject: why, in words a person can act on. */
  reason: string | null;
}

export interface ImportPreviewResponse {
  rows: ImportPreviewRow[];
  counts: { [A in ImportAction]: number };
  /** Header columns the import does not know; their cells are not imported. */
  ignoredColumns: string[];
}

/** `POST /api/companies/import` (all or nothing: any rejected row refuses the whole file). */
export interface ImportResultResponse {
  created: number;
  updated: number;
  contactsAdded: number;
  durationMs: number;
}
