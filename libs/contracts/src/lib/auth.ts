import type { Language, Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefSummary {
  id: string;
  name: string;
}

/** `GET /api/auth/me`: who is signed in, and what they are linked to. */
export interface MeResponse {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  programme: RefSummary;
  /** Coordinators: the municipalities they serve. Empty for other roles. */
  municipalities: RefSummary[];
  /** SME users: their company. */
  company: RefSummary | null;
  /** Experts: their organisation, e.g. a university. */
  organisation: string | null;
}

export interface UpdateMeRequest {
  language?: Language;
  name?: string;
}

export interface CreateInvitationRequest {
  email: string;
  name: string;
  role: Role;
  language?: Language;
  municipalityIds?: string[];
  companyId?: string;
  organisation?: string;
}

export interface InvitationResponse {
  id: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: string;
  acceptedAt: string | null;
}

/** What the public invitation page shows before the person sets a password. */
export interface InvitationPreview {
  email: string;
  name: string;
  role: Role;
  programme: string;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  password: string;
}

/** Passwords: long enough to resist guessing, short enough for argon2 to stay cheap. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
