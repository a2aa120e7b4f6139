import { type FunderReport, SIZE_BANDS } from '@techpact/contracts';
import { Workbook } from 'exceljs';

const BANDS = [...SIZE_BANDS, 'unknown'] as const;

/** One sheet with the indicators and hours, then one per indicator listing its enterprises. */
export async function funderReportXlsx(report: FunderReport): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'TechPact';
  workbook.created = new Date(report.generatedAt);

  const summary = workbook.addWorksheet('Indicators');
  summary.addRow([`Funder report: ${report.programme.name}`]).font = { bold: true, size: 14 };
  summary.addRow(['Period', `${report.query.from} to ${report.query.to}`]);
  summary.addRow(['Generated', report.generatedAt]);
  summary.addRow([]);
  summary.addRow(['Indicator', 'Label', 'Value', ...BANDS]).font = { bold: true };
  for (const indicator of report.indicators) {
    summary.addRow([
      indicator.code,
      indicator.label,
      indicator.value,
      ...BANDS.map((band) => indicator.bySize.find((entry) => entry.band === band)?.value ?? 0),
    ]);
  }
  summary.addRow([]);
  summary.addRow(['Approved hours', 'Person kind', 'Hours']).font = { bold: true };
  summary.addRow(['', 'Experts', report.hours.expert]);
  summary.addRow(['', 'SME (co-financing)', report.hours.sme]);
  summary.columns.forEach((column, index) => {
    column.width = index === 1 ? 50 : 16;
  });

  for (const indicator of report.indicators) {
    const sheet = workbook.addWorksheet(indicator.code);
    sheet.addRow([`${indicator.code}: ${indicator.label}`]).font = { bold: true };
    sheet.addRow(['Enterprise', 'Registration number', 'Municipality', 'Size band', 'Value']).font =
      { bold: true };
    for (const enterprise of indicator.enterprises) {
      sheet.addRow([
        enterprise.name,
        enterprise.registrationNumber,
        enterprise.municipality,
        enterprise.sizeBand ?? 'unknown',
        enterprise.value,
      ]);
    }
    sheet.addRow(['Total', '', '', '', indicator.value]).font = { bold: true };
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 40 : 20;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
