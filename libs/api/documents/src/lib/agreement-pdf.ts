import { AGREEMENT_LABELS } from './agreement-pdf.labels';
import {
  DEFAULT_DOCUMENT_TIME_ZONE,
  type DocumentLanguage,
  formatDate,
  formatHours,
} from './document-format';
import { PdfWriter } from './pdf-writer';
import { sha256Hex } from './sha256';

export interface AgreementUpgradeView {
  title: string;
  description: string;
  category: string;
  expertName: string;
  plannedHours: number;
  /** YYYY-MM-DD */
  targetDate: string;
}

export interface AgreementDocumentInput {
  language: DocumentLanguage;
  programmeName: string;
  companyName: string;
  registrationNumber: string;
  companyAddress: string;
  versionNumber: number;
  amendsVersionNumber: number | null;
  title: string;
  summary: string;
  goals: string;
  ndaClause: string | null;
  upgrades: readonly AgreementUpgradeView[];
  sentAt: Date;
  /** IANA zone for the sent date; default Europe/Copenhagen. */
  timeZone?: string;
}

/**
 * Renders one agreement version. Deterministic: the same input gives byte-identical output
 * (dates in the document come from `sentAt`, the document id from the content), so the hash
 * a signer agrees to can be recomputed from the stored version.
 */
export async function renderAgreementPdf(input: AgreementDocumentInput): Promise<Buffer> {
  const t = AGREEMENT_LABELS[input.language];
  const timeZone = input.timeZone ?? DEFAULT_DOCUMENT_TIME_ZONE;
  const writer = await PdfWriter.create({
    title: `${t.heading}: ${input.title}`,
    subject: `${input.companyName}, ${t.version.toLowerCase()} ${input.versionNumber}`,
    language: input.language,
    createdAt: input.sentAt,
    documentId: sha256Hex(Buffer.from(canonical(input), 'utf8')).slice(0, 32),
  });

  const version =
    input.amendsVersionNumber === null
      ? String(input.versionNumber)
      : `${input.versionNumber} (${t.amends(input.amendsVersionNumber)})`;
  writer.heading(t.heading).fields([
    [t.programme, input.programmeName],
    [t.company, input.companyName],
    [t.registrationNumber, input.registrationNumber],
    [t.address, input.companyAddress],
    [t.version, version],
    [t.sent, formatDate(input.sentAt, timeZone)],
  ]);
  writer.heading(input.title, 2);
  writer.heading(t.summary, 2).paragraph(input.summary);
  writer.heading(t.goals, 2).paragraph(input.goals);

  writer.heading(t.upgrades, 2);
  const hours = (value: number) => formatHours(value, input.language);
  const total = input.upgrades.reduce((sum, upgrade) => sum + upgrade.plannedHours, 0);
  if (input.upgrades.length === 0) writer.paragraph(t.noUpgrades, { muted: true });
  writer.table(
    [
      { header: t.number, width: 0.07 },
      { header: t.upgrade, width: 0.35 },
      { header: t.expert, width: 0.25 },
      { header: t.plannedHours, width: 0.17, align: 'right' },
      { header: t.targetDate, width: 0.16 },
    ],
    input.upgrades.map((u, i) => [
      `${i + 1}`,
      u.title,
      u.expertName,
      hours(u.plannedHours),
      u.targetDate,
    ]),
    { footer: ['', t.totalPlannedHours, '', hours(total), ''] },
  );
  input.upgrades.forEach((upgrade, i) => {
    writer.heading(`${i + 1}. ${upgrade.title}`, 2).fields([
      [t.category, upgrade.category],
      [t.expert, upgrade.expertName],
      [t.plannedHours, hours(upgrade.plannedHours)],
      [t.targetDate, upgrade.targetDate],
      [t.description, upgrade.description],
    ]);
  });

  if (input.ndaClause !== null && input.ndaClause.trim() !== '') {
    writer.heading(t.confidentiality, 2).paragraph(input.ndaClause);
  }
  writer.footer(t.page);
  return Buffer.from(await writer.doc.save());
}

/** The input in a fixed field order, whatever order the caller built its object in. */
function canonical(input: AgreementDocumentInput): string {
  return JSON.stringify([
    input.language,
    input.programmeName,
    input.companyName,
    input.registrationNumber,
    input.companyAddress,
    input.versionNumber,
    input.amendsVersionNumber,
    input.title,
    input.summary,
    input.goals,
    input.ndaClause,
    input.upgrades.map((u) => [
      u.title,
      u.description,
      u.category,
      u.expertName,
      u.plannedHours,
      u.targetDate,
    ]),
    input.sentAt.toISOString(),
    input.timeZone ?? DEFAULT_DOCUMENT_TIME_ZONE,
  ]);
}
