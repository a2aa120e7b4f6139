import { PdfWriter, sha256Hex } from '@techpact/api/documents';
import { type CaseOutcomes } from '@techpact/contracts';
import { type CaseReportData } from './case-report.repository';

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '-');
const hours = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const score = (value: number | null) => (value === null ? '-' : String(value));

/** The case report of a completed case: company, agreements, activities, outcomes, T0 vs T1. */
export async function caseReportPdf(
  data: CaseReportData,
  outcomes: CaseOutcomes | null,
): Promise<Buffer> {
  const pdf = await PdfWriter.create({
    title: `Case report: ${data.company.name}`,
    subject: data.programme,
    language: 'en',
    createdAt: data.closedAt,
    documentId: sha256Hex(Buffer.from(`${data.caseId}:${data.closedAt.toISOString()}`)).slice(
      0,
      32,
    ),
  });
  pdf.heading(`Case report: ${data.company.name}`);
  pdf.fields([
    ['Programme', data.programme],
    ['Municipality', data.municipality],
    ['Coordinator', data.coordinator ?? '-'],
    ['Opened', day(data.openedAt)],
    ['Completed', day(data.closedAt)],
  ]);

  pdf.heading('Company', 2);
  pdf.fields([
    ['Name', data.company.name],
    ['Registration number', `${data.company.registrationNumber} (${data.company.country})`],
    ['Address', data.company.address ?? '-'],
    ['Sector (NACE)', data.company.sector ?? '-'],
    [
      'Employees',
      data.company.employees === null
        ? '-'
        : `${data.company.employees} (${data.company.sizeBand ?? '-'})`,
    ],
  ]);

  pdf.heading('Agreement versions', 2);
  if (data.versions.length === 0) pdf.paragraph('No agreement was sent.', { muted: true });
  else
    pdf.table(
      [
        { header: 'Version', width: 0.1 },
        { header: 'Status', width: 0.14 },
        { header: 'In force', width: 0.14 },
        { header: 'SHA-256 of the document', width: 0.62 },
      ],
      data.versions.map((v) => [String(v.number), v.status, day(v.inForceAt), v.hash ?? '-']),
      { size: 7.5 },
    );

  pdf.heading('Activities', 2);
  if (data.activities.length === 0) pdf.paragraph('No activities.', { muted: true });
  else {
    const total = (pick: (a: CaseReportData['activities'][number]) => number) =>
      hours(data.activities.reduce((sum, a) => sum + pick(a), 0));
    pdf.table(
      [
        { header: 'Activity', width: 0.3 },
        { header: 'Status', width: 0.12 },
        { header: 'Planned', width: 0.1, align: 'right' },
        { header: 'Expert h', width: 0.1, align: 'right' },
        { header: 'SME h', width: 0.1, align: 'right' },
        { header: 'Outcome notes', width: 0.28 },
      ],
      data.activities.map((a) => [
        `${a.title} (${a.expert})`,
        a.status,
        hours(a.plannedHours),
        hours(a.expertHours),
        hours(a.smeHours),
        a.outcomeNotes ?? '',
      ]),
      {
        size: 9,
        footer: [
          'Total (approved hours)',
          '',
          total((a) => a.plannedHours),
          total((a) => a.expertHours),
          total((a) => a.smeHours),
          '',
        ],
      },
    );
  }

  pdf.heading('Outcomes', 2);
  if (!outcomes) pdf.paragraph('No outcomes were recorded.', { muted: true });
  else {
    pdf.fields([
      ['Jobs created', String(outcomes.jobsCreated)],
      ['New products', String(outcomes.newProducts)],
      ['New processes', String(outcomes.newProcesses)],
      ['Private investment', `${outcomes.privateInvestmentDkk.toLocaleString('en-GB')} DKK`],
      ['Turnover effect', outcomes.turnoverEffect],
    ]);
    if (outcomes.closingSummary) pdf.paragraph(outcomes.closingSummary);
  }

  pdf.heading('Technology level: T0 and T1', 2);
  if (data.assessment.length === 0) pdf.paragraph('No assessment scores.', { muted: true });
  else
    pdf.table(
      [
        { header: 'Dimension', width: 0.55 },
        { header: 'T0', width: 0.15, align: 'right' },
        { header: 'T1', width: 0.15, align: 'right' },
        { header: 'Change', width: 0.15, align: 'right' },
      ],
      data.assessment.map((row) => [
        row.dimension,
        score(row.t0),
        score(row.t1),
        row.t0 === null || row.t1 === null
          ? '-'
          : `${row.t1 - row.t0 >= 0 ? '+' : ''}${row.t1 - row.t0}`,
      ]),
    );
  pdf.footer((page, pages) => `${data.company.name} - case report - page ${page} of ${pages}`);
  return Buffer.from(await pdf.doc.save());
}
