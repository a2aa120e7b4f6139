import { PdfWriter, sha256Hex } from '@techpact/api/documents';
import { type FunderReport, SIZE_BANDS } from '@techpact/contracts';

const BANDS = [...SIZE_BANDS, 'unknown'] as const;
const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** The funder report as a PDF: the indicators, hours, then the enterprises behind each figure. */
export async function funderReportPdf(report: FunderReport): Promise<Buffer> {
  const pdf = await PdfWriter.create({
    title: `Funder report ${report.query.from} to ${report.query.to}`,
    subject: report.programme.name,
    language: 'en',
    createdAt: new Date(report.generatedAt),
    documentId: sha256Hex(Buffer.from(JSON.stringify(report), 'utf8')).slice(0, 32),
  });
  pdf.heading(`Funder report: ${report.programme.name}`);
  pdf.fields([
    ['Period', `${report.query.from} to ${report.query.to}`],
    ['Generated', report.generatedAt],
  ]);
  pdf.paragraph(
    'An enterprise is supported in the period when one of its cases was active then and its technology assessment had begun or its agreement was in force; each enterprise is counted once. Jobs and investment are those recorded for cases completed in the period.',
    { muted: true },
  );
  pdf.heading('Indicators', 2);
  pdf.table(
    [
      { header: 'Indicator', width: 0.34 },
      { header: 'Total', width: 0.14, align: 'right' },
      ...BANDS.map((band) => ({ header: band, width: 0.104, align: 'right' as const })),
    ],
    report.indicators.map((indicator) => [
      `${indicator.code} ${indicator.label}`,
      number(indicator.value),
      ...BANDS.map((band) =>
        number(indicator.bySize.find((entry) => entry.band === band)?.value ?? 0),
      ),
    ]),
    { size: 9 },
  );
  pdf.heading('Approved hours', 2);
  pdf.fields([
    ['Experts', number(report.hours.expert)],
    ['SME (co-financing)', number(report.hours.sme)],
  ]);
  for (const indicator of report.indicators) {
    pdf.heading(`${indicator.code}: ${indicator.label}`, 2);
    if (indicator.enterprises.length === 0) {
      pdf.paragraph('No enterprises in the period.', { muted: true });
      continue;
    }
    pdf.table(
      [
        { header: 'Enterprise', width: 0.34 },
        { header: 'Reg. no.', width: 0.16 },
        { header: 'Municipality', width: 0.2 },
        { header: 'Size', width: 0.12 },
        { header: 'Value', width: 0.18, align: 'right' },
      ],
      indicator.enterprises.map((enterprise) => [
        enterprise.name,
        enterprise.registrationNumber,
        enterprise.municipality,
        enterprise.sizeBand ?? 'unknown',
        number(enterprise.value),
      ]),
      { size: 9, footer: ['Total', '', '', '', number(indicator.value)] },
    );
  }
  pdf.footer(
    (page, pages) => `${report.programme.name} - funder report - page ${page} of ${pages}`,
  );
  return Buffer.from(await pdf.doc.save({ useObjectStreams: false }));
}
