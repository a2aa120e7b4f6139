import { type AuthUser } from '@techpact/api/auth';
import { type CaseEvent } from '@techpact/lifecycle';

type WithoutFacts<E> = E extends unknown ? Omit<E, 'facts'> : never;

/** A lifecycle event as a caller sends it: type and payload, no facts (the service loads those). */
export type CaseCommand = WithoutFacts<CaseEvent>;

/** A parsed `POST /api/cases/:id/events` body. */
export interface CaseEventInput {
  readonly command: CaseCommand;
  /** When given and the case is at another version, the event is refused as stale (409). */
  readonly expectedVersion?: number;
}

/**
 * Who acts on a case: the parts of the signed-in user that decide role and scope. `id` is null
 * for someone without an account acting through a link (an SME signer who is only a contact
 * person); the audit event then records who they are in its payload.
 */
export type CaseActor = Pick<AuthUser, 'role' | 'programmeId' | 'municipalityIds' | 'companyId'> & {
  readonly id: string | null;
};
