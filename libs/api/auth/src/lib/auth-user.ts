import { type Language, type Role } from '@techpact/contracts';

/** The signed-in person, as the access guard puts it on the request. */
export interface AuthUser {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  programmeId: string;
  /** Coordinators: the municipalities they serve (their access scope). */
  municipalityIds: string[];
  /** SME users: their company (their access scope). */
  companyId: string | null;
  organisation: string | null;
}
