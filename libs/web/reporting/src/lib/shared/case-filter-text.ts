import { type I18nService, type TranslationKey, isKnownKey } from '@techpact/web/i18n';
import { stateLabel } from './labels';

const FLAGS: Readonly<Record<string, TranslationKey>> = {
  agreementSigned: 'reporting.caseList.agreementSigned',
  hasOutcomes: 'reporting.caseList.hasOutcomes',
  jobsCreated: 'reporting.caseList.jobsCreated',
  newProducts: 'reporting.caseList.newProducts',
};

function describe(name: string, value: string, i18n: I18nService): string {
  const flag = FLAGS[name];
  if (flag && (value === 'true' || value === 'false')) {
    const text = i18n.t(flag);
    return value === 'true' ? text : i18n.t('reporting.caseList.not', { filter: text });
  }
  const key = `reporting.caseList.${name}.${value}`;
  if ((name === 'activity' || name === 'hours') && isKnownKey(key)) return i18n.t(key);
  return `${name}: ${value}`;
}

/**
 * The case-list filters that came with a link (the dashboard's `CaseReportFilters`) in words,
 * e.g. "Also filtered by: period 1 Jan 2026 – 30 Jun 2026; stage Agreement; agreement signed".
 * Empty when there are none.
 */
export function caseFilterText(
  filters: Readonly<Record<string, readonly string[]>>,
  i18n: I18nService,
): string {
  const { from, to, stage, ...rest } = filters;
  const parts: string[] = [];
  if (from?.[0] || to?.[0]) {
    parts.push(
      i18n.t('reporting.caseList.period', {
        from: i18n.formatDate(from?.[0]) || '…',
        to: i18n.formatDate(to?.[0]) || '…',
      }),
    );
  }
  const stages = (stage ?? []).flatMap((value) => value.split(','));
  if (stages.length > 0) {
    const names = stages.map((name) => stateLabel(name.trim(), i18n)).join(', ');
    parts.push(i18n.t('reporting.caseList.stage', { stages: names }));
  }
  for (const [name, values] of Object.entries(rest)) {
    for (const value of values) parts.push(describe(name, value, i18n));
  }
  return parts.length > 0 ? i18n.t('reporting.caseList.more', { filters: parts.join('; ') }) : '';
}
