import { type ActivityStatus, type HoursLevel, type Role } from '@techpact/contracts';

/** planned → in progress → done | cancelled; a coordinator may reopen a done activity. */
const NEXT: { readonly [S in ActivityStatus]: readonly ActivityStatus[] } = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: ['in_progress'],
  cancelled: [],
};

/** Case states in which nothing about the case changes any more. */
export const CLOSED_CASE_STATES: readonly string[] = ['completed', 'withdrawn'];

export interface ActivityPermissionFacts {
  status: ActivityStatus;
  caseState: string;
  /** Whether the actor is the responsible expert, the case's coordinator (in scope) or an admin. */
  mayChange: boolean;
}

/** The statuses `role` may move the activity to now (empty when it may not change it at all). */
export function allowedStatuses(role: Role, facts: ActivityPermissionFacts): ActivityStatus[] {
  if (!facts.mayChange || CLOSED_CASE_STATES.includes(facts.caseState)) return [];
  // Reopening a done activity corrects a mistake; that is the coordinator's call.
  return NEXT[facts.status].filter(
    (next) => !(facts.status === 'done' && next === 'in_progress' && role === 'expert'),
  );
}

/** `warning` from 80 % of the planned hours, `over` from 100 %. */
export function hoursLevel(loggedHours: number, plannedHours: number): HoursLevel {
  if (plannedHours <= 0) return loggedHours > 0 ? 'over' : 'ok';
  const ratio = loggedHours / plannedHours;
  if (ratio >= 1) return 'over';
  return ratio >= 0.8 ? 'warning' : 'ok';
}
