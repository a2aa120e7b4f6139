import { type CaseDetail, type Role } from '@techpact/contracts';
import { type TranslationKey } from '@techpact/web/i18n';

/** The sections of the case page, in tab order; `?tab=` names one. */
export const CASE_TABS = [
  'overview',
  'assessment',
  'agreement',
  'activities',
  'hours',
  'reminders',
  'timeline',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** The tabs a role can read: the API refuses the company's users assessments, reminders are staff's. */
export function tabsFor(role: Role | null): CaseTab[] {
  return CASE_TABS.filter((tab) => {
    if (tab === 'assessment') return role !== 'sme';
    if (tab === 'reminders') return role === 'admin' || role === 'coordinator';
    return true;
  });
}

/** The tab named by `?tab=`, or the overview for anything else (an old link, a typo). */
export function tabIndex(tabs: readonly CaseTab[], name: string | null | undefined): number {
  const index = tabs.findIndex((tab) => tab === name);
  return index < 0 ? 0 : index;
}

export function tabKey(tab: CaseTab): TranslationKey {
  return `caseHub.tabs.${tab}`;
}

/**
 * Whether a stage's section has anything yet: the assessment from its scheduling, the agreement
 * once the baseline is in, activities once an agreement is in force (path index 1, 2, 3).
 */
export function reached(
  caseFile: CaseDetail,
  tab: 'assessment' | 'agreement' | 'activities',
): boolean {
  const index = { assessment: 1, agreement: 2, activities: 3 }[tab];
  return caseFile.position.index >= index;
}
