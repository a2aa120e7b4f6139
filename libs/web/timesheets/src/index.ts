export { HoursPage } from './lib/hours/hours-page';
export { ApprovalsPage } from './lib/approvals/approvals-page';
export { CaseActivitiesSection } from './lib/activities/case-activities-section';
export { CaseHoursSection } from './lib/case-hours/case-hours-section';
export { TimesheetsApi } from './lib/timesheets-api.service';
export { currentIsoWeek, localToday } from './lib/hours/iso-week';
