import { type CaseEventType } from './case-events';

/** The four roles of DESIGN §1, repeated here because this library imports nothing of ours. */
export type Role = 'admin' | 'coordinator' | 'expert' | 'sme';

/** The roles that appear in the `who` column of DESIGN §3 (admin may send any event). */
export type EventSenderRole = Exclude<Role, 'admin'>;

/** Who may send each event, per the `who` column of DESIGN §3. Admin may send any event. */
export const ROLE_BY_EVENT: { readonly [T in CaseEventType]: EventSenderRole } = {
  SCHEDULE_ASSESSMENT: 'coordinator',
  START_ASSESSMENT: 'expert',
  SUBMIT_ASSESSMENT: 'expert',
  SEND_FOR_SIGNATURE: 'coordinator',
  SIGN: 'sme',
  DECLINE: 'sme',
  RECALL: 'coordinator',
  COUNTERSIGN: 'coordinator',
  AMEND_AGREEMENT: 'coordinator',
  BEGIN_COMPLETION: 'coordinator',
  COMPLETE: 'coordinator',
  REOPEN: 'coordinator',
  PAUSE: 'coordinator',
  RESUME: 'coordinator',
  WITHDRAW: 'coordinator',
};

/** Whether `role` may send `eventType` at all (the machine still decides whether it is possible now). */
export function mayRoleSend(role: Role, eventType: CaseEventType): boolean {
  return role === 'admin' || ROLE_BY_EVENT[eventType] === role;
}
