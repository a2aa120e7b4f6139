export { RemindersPage } from './lib/reminders-page/reminders-page';
export { RemindersApi } from './lib/reminders-api.service';
