/*
 * Facts are the data a guard needs that lives in the database. The service loads them and sends
 * them with the event, so the machine stays pure. Each check returns a reason in plain words when
 * the facts do not allow the step, or null when they do; the guards and `explainGuardFailure` both
 * use these checks, so they can never disagree.
 */

/** Events without a guard carry no facts. */
export type NoFacts = Readonly<Record<string, never>>;

/** Facts for SCHEDULE_ASSESSMENT: is the chosen expert assigned to the case? */
export interface ScheduleAssessmentFacts {
  readonly expertAssigned: boolean;
}

/** Facts for SUBMIT_ASSESSMENT: the names of the dimensions that have no score yet. */
export interface SubmitAssessmentFacts {
  readonly unscoredDimensions: readonly string[];
}

/** One activity of the agreement version about to be sent, as SEND_FOR_SIGNATURE sees it. */
export interface ActivityReadiness {
  readonly title: string;
  readonly hasExpert: boolean;
  readonly hasPlannedHours: boolean;
  readonly hasTargetDate: boolean;
}

/** Facts for SEND_FOR_SIGNATURE: the activities of the draft version. */
export interface SendForSignatureFacts {
  readonly activities: readonly ActivityReadiness[];
}

/** Facts for SIGN: the SHA-256 of the version that was sent (null when none is out for signature). */
export interface SignFacts {
  readonly sentVersionHash: string | null;
}

/** Facts for BEGIN_COMPLETION: how many activities are neither done nor cancelled. */
export interface BeginCompletionFacts {
  readonly openActivities: number;
}

/** Facts for COMPLETE: outcomes recorded, and how many time entries still wait for approval. */
export interface CompleteFacts {
  readonly outcomesRecorded: boolean;
  readonly unapprovedTimeEntries: number;
}

function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Reason SCHEDULE_ASSESSMENT is refused, or null. */
export function checkScheduleAssessment(facts: ScheduleAssessmentFacts): string | null {
  return facts.expertAssigned
    ? null
    : 'The expert must be assigned to the case before the assessment can be scheduled';
}

/** Reason SUBMIT_ASSESSMENT is refused, or null. */
export function checkSubmitAssessment(facts: SubmitAssessmentFacts): string | null {
  return facts.unscoredDimensions.length === 0
    ? null
    : `Every dimension must be scored: missing ${facts.unscoredDimensions.join(', ')}`;
}

function missingParts(activity: ActivityReadiness): string[] {
  const missing: string[] = [];
  if (!activity.hasExpert) missing.push('no expert');
  if (!activity.hasPlannedHours) missing.push('no planned hours');
  if (!activity.hasTargetDate) missing.push('no target date');
  return missing;
}

function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Reason SEND_FOR_SIGNATURE is refused, or null. */
export function checkSendForSignature(facts: SendForSignatureFacts): string | null {
  if (facts.activities.length === 0) {
    return 'The agreement needs at least one activity before it can be sent for signature';
  }
  const incomplete = facts.activities
    .map((activity) => ({ title: activity.title, missing: missingParts(activity) }))
    .filter((activity) => activity.missing.length > 0)
    .map((activity) => `"${activity.title}" has ${listInWords(activity.missing)}`);
  return incomplete.length === 0
    ? null
    : `Every activity needs an expert, planned hours and a target date: ${incomplete.join('; ')}`;
}

/** Reason SIGN with `versionHash` is refused, or null. */
export function checkSign(versionHash: string, facts: SignFacts): string | null {
  if (facts.sentVersionHash === null) {
    return 'No version of the agreement is out for signature';
  }
  return versionHash === facts.sentVersionHash
    ? null
    : 'The signed document does not match the version sent for signature';
}

/** Reason BEGIN_COMPLETION is refused, or null. */
export function checkBeginCompletion(facts: BeginCompletionFacts): string | null {
  return facts.openActivities === 0
    ? null
    : `${plural(facts.openActivities, 'activity is', 'activities are')} not done or cancelled yet`;
}

/** Reason COMPLETE is refused, or null. */
export function checkComplete(facts: CompleteFacts): string | null {
  const reasons: string[] = [];
  if (!facts.outcomesRecorded) reasons.push('The outcomes have not been recorded yet');
  if (facts.unapprovedTimeEntries > 0) {
    reasons.push(
      `${plural(facts.unapprovedTimeEntries, 'time entry is', 'time entries are')} not approved yet`,
    );
  }
  return reasons.length === 0 ? null : reasons.join('; ');
}
