export * from './lib/reporting.module';
export * from './lib/dashboard/dashboard.service';
export * from './lib/funder/funder-report.service';
export * from './lib/settings/programme-settings.service';
export * from './lib/privacy/company-privacy.service';
export { funderReportXlsx } from './lib/funder/funder-report.xlsx';
export { funderReportPdf } from './lib/funder/funder-report.pdf';
