import {
  type Activity,
  type AgreementOverview,
  type CaseDetail,
  type PendingSignature,
} from '@techpact/contracts';

/** What the company's user is asked to do now on one case, most urgent first. */
export type Expected =
  | { kind: 'sign'; signature: PendingSignature }
  | { kind: 'waitCountersign' }
  | { kind: 'hours' }
  | { kind: 'nothing' };

/**
 * Signing comes first (nothing moves without it); then, while the agreement is being carried
 * out and an activity is open, the company logs its own hours (co-financing).
 */
export function expectedNow(
  caseFile: CaseDetail,
  pending: readonly PendingSignature[],
  activities: readonly Activity[],
): Expected {
  const signature = pending.find((item) => item.caseId === caseFile.id);
  if (signature) return { kind: 'sign', signature };
  if (caseFile.state === 'agreement.awaitingCountersignature') return { kind: 'waitCountersign' };
  const open = activities.some((a) => a.status === 'planned' || a.status === 'in_progress');
  if (caseFile.state === 'implementation' && open) return { kind: 'hours' };
  return { kind: 'nothing' };
}

/** The version in force and since when, or null before the agreement is signed by all. */
export function inForce(
  overview: AgreementOverview | null,
): { number: number; since: string | null } | null {
  if (!overview || overview.inForceNumber === null) return null;
  const version = overview.versions.find((v) => v.number === overview.inForceNumber);
  return { number: overview.inForceNumber, since: version?.inForceAt ?? null };
}

/** Logged hours as a share of planned, capped at 100 for the bar (the text says the real figure). */
export function progressPercent(activity: Activity): number {
  if (activity.status === 'done') return 100;
  if (activity.plannedHours <= 0) return 0;
  return Math.min(100, Math.round((activity.loggedHours * 100) / activity.plannedHours));
}
