import { type AgreementDocumentInput, type DocumentLanguage } from '@techpact/api/documents';
import { type CaseDocumentContext, type UpgradeRow, type VersionRow } from './agreement.repository';

/** The programme's planned-hours budget per agreement when its settings do not say. */
export const DEFAULT_BUDGET_HOURS = 200;
/** How long a signing link works when the programme's settings do not say. */
export const DEFAULT_SIGNING_LINK_DAYS = 30;

function positiveSetting(value: unknown, fallback: number): number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : fallback;
}

export function signingLinkDays(context: CaseDocumentContext): number {
  return Math.floor(positiveSetting(context.settings?.signingLinkDays, DEFAULT_SIGNING_LINK_DAYS));
}

export function budgetHours(context: CaseDocumentContext): number {
  return positiveSetting(context.settings?.agreementBudgetHours, DEFAULT_BUDGET_HOURS);
}

/** The document is written in the programme's language: Danish in Denmark, else English. */
export function documentLanguage(context: CaseDocumentContext): DocumentLanguage {
  return context.programmeCountry === 'DK' ? 'da' : 'en';
}

/**
 * The canonical content of a version as the PDF shows it. Only called for a version whose
 * upgrades passed the send guard (each has an expert, planned hours and a target date).
 */
export function agreementDocumentInput(
  context: CaseDocumentContext,
  version: VersionRow,
  upgrades: readonly UpgradeRow[],
  sentAt: Date,
): AgreementDocumentInput {
  return {
    language: documentLanguage(context),
    programmeName: context.programmeName,
    companyName: context.company.name,
    registrationNumber: context.company.registrationNumber,
    companyAddress: context.companyAddress,
    versionNumber: version.number,
    amendsVersionNumber: version.amendsVersionNumber,
    title: version.title,
    summary: version.summary,
    goals: version.goals,
    ndaClause: version.ndaClause,
    upgrades: upgrades.map((upgrade) => ({
      title: upgrade.title,
      description: upgrade.description,
      category: upgrade.category,
      expertName: upgrade.expert?.name ?? '',
      plannedHours: upgrade.plannedHours ?? 0,
      targetDate: upgrade.targetDate ?? '',
    })),
    sentAt,
    timeZone: context.programmeTimeZone,
  };
}

/** Labels of the signature certificate's timeline, in the document's language. */
export const TIMELINE_LABELS: {
  readonly [L in DocumentLanguage]: {
    sent: (by: string) => string;
    signed: (by: string) => string;
    countersigned: (by: string) => string;
  };
} = {
  en: {
    sent: (by) => `Sent for signature by ${by}`,
    signed: (by) => `Signed by ${by}`,
    countersigned: (by) => `Countersigned by ${by}; in force`,
  },
  da: {
    sent: (by) => `Sendt til underskrift af ${by}`,
    signed: (by) => `Underskrevet af ${by}`,
    countersigned: (by) => `Kontrasigneret af ${by}; i kraft`,
  },
};
