export { DashboardPage } from './lib/dashboard/dashboard-page';
export { FunderReportPage } from './lib/funder-report/funder-report-page';
export { CaseCompletionSection } from './lib/outcomes/case-completion-section';
export { BarChart } from './lib/charts/bar-chart';
export { FunnelChart } from './lib/charts/funnel-chart';
export { type ChartRow, type ChartScale } from './lib/charts/chart-model';
export { caseFilterText } from './lib/shared/case-filter-text';
export { ReportingApi, caseReportUrl } from './lib/reporting-api.service';
