export { RemindersPage } from './lib/reminders-page/reminders-page';
export { RemindersApi } from './lib/reminders-api.service';
export { CaseRemindersSection } from './lib/case-reminders/case-reminders-section';
