import { type ProgrammeTargets, type RetentionSettings } from '@techpact/contracts';

export const TARGET_KEYS = [
  'agreements',
  'activities',
  'jobs',
  'companiesWithNewProducts',
  'expertHours',
  'smeHours',
] as const satisfies readonly (keyof ProgrammeTargets)[];

export const RETENTION_YEARS = { min: 5, max: 10, default: 5 } as const;

function wholeOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** `programme.settings.targets`, tolerant of missing or malformed keys (no target). */
export function targetsOf(settings: Record<string, unknown>): ProgrammeTargets {
  const raw = (settings['targets'] ?? {}) as Record<string, unknown>;
  return {
    agreements: wholeOrNull(raw['agreements']),
    activities: wholeOrNull(raw['activities']),
    jobs: wholeOrNull(raw['jobs']),
    companiesWithNewProducts: wholeOrNull(raw['companiesWithNewProducts']),
    expertHours: wholeOrNull(raw['expertHours']),
    smeHours: wholeOrNull(raw['smeHours']),
  };
}

/**
 * `programme.settings.retention`. Records are kept for `years` years from 31 December of the
 * year of the last payment, so personal data may be anonymised from 1 January of the year after.
 */
export function retentionOf(settings: Record<string, unknown>): RetentionSettings {
  const raw = (settings['retention'] ?? {}) as Record<string, unknown>;
  const years = wholeOrNull(raw['years']);
  const lastPaymentYear = wholeOrNull(raw['lastPaymentYear']);
  const validYears =
    years !== null && years >= RETENTION_YEARS.min && years <= RETENTION_YEARS.max
      ? years
      : RETENTION_YEARS.default;
  return {
    years: validYears,
    lastPaymentYear,
    retainedUntil: lastPaymentYear === null ? null : `${lastPaymentYear + validYears + 1}-01-01`,
  };
}
