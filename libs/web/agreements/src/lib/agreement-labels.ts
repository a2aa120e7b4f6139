import {
  type AgreementVersionStatus,
  type SigningLinkState,
  type UpgradeFieldChange,
} from '@techpact/contracts';
import { type TranslationKey } from '@techpact/web/i18n';

export function versionStatusKey(status: AgreementVersionStatus): TranslationKey {
  return `agreements.statuses.${status}`;
}

export function linkStateKey(state: SigningLinkState): TranslationKey {
  return `agreements.signing.states.${state}`;
}

/** Fields the diff names: an upgrade's fields and the version's text fields. */
const DIFF_FIELDS = [
  'title',
  'description',
  'category',
  'expert',
  'plannedHours',
  'targetDate',
  'summary',
  'goals',
  'ndaClause',
] as const;
type DiffField = (typeof DIFF_FIELDS)[number];

function isDiffField(field: string): field is DiffField {
  return (DIFF_FIELDS as readonly string[]).includes(field);
}

/** The key of a field's name in the diff; null for a field this web build does not know. */
export function diffFieldKey(field: UpgradeFieldChange['field'] | string): TranslationKey | null {
  return isDiffField(field) ? `agreements.diff.fields.${field}` : null;
}

/** A short form of a SHA-256 for tables; the full value is shown where it matters. */
export function shortHash(hash: string | null): string {
  return hash ? `${hash.slice(0, 12)}…` : '';
}
