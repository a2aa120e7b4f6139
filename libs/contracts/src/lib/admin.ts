import type { Language, Role } from './roles';
import type { RefSummary } from './auth';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface ProgrammeResponse {
  id: string;
  name: string;
  funder: string | null;
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
  country: string;
}

export interface CreateProgrammeRequest {
  name: string;
  funder?: string;
  startsOn?: string;
  endsOn?: string;
  timeZone?: string;
  country?: string;
}

export type UpdateProgrammeRequest = Partial<CreateProgrammeRequest>;

export interface MunicipalityResponse {
  id: string;
  programmeId: string;
  name: string;
  code: string | null;
}

export interface CreateMunicipalityRequest {
  programmeId: string;
  name: string;
  code?: string;
}

export type UpdateMunicipalityRequest = Partial<Omit<CreateMunicipalityRequest, 'programmeId'>>;

export interface UserResponse {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  active: boolean;
  municipalities: RefSummary[];
  company: RefSummary | null;
  organisation: string | null;
  createdAt: string;
}

export interface UpdateUserRequest {
  name?: string;
  active?: boolean;
  municipalityIds?: string[];
  organisation?: string;
  language?: Language;
}

export interface CompanySummary {
  id: string;
  name: string;
  registrationNumber: string;
  country: string;
  municipality: RefSummary;
  /** Company register fields (see companies.ts); present in every API answer. */
  employees?: number | null;
  sizeBand?: 'micro' | 'small' | 'medium' | 'large' | null;
  sectorCode?: string | null;
  city?: string | null;
}

/** An e-mail kept in the development mailbox when no SMTP_URL is configured. */
export interface MailMessageResponse {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
}
