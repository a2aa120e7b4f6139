import { type AssessmentKind, type AssessmentStatus } from '@techpact/contracts';
import { type TranslationKey } from '@techpact/web/i18n';

export function kindKey(kind: AssessmentKind): TranslationKey {
  return `assessments.kinds.${kind}`;
}

export function statusKey(status: AssessmentStatus): TranslationKey {
  return `assessments.statuses.${status}`;
}

/** The route segment of a kind: `/cases/:id/assessment/t0`. */
export function kindSegment(kind: AssessmentKind): string {
  return kind.toLowerCase();
}

/** The kind of a route segment, or null for anything else. */
export function parseKind(segment: string): AssessmentKind | null {
  const kind = segment.toUpperCase();
  return kind === 'T0' || kind === 'T1' ? kind : null;
}
