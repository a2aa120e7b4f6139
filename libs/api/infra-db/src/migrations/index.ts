import { Foundation1763900000000 } from './1763900000000-foundation';
import { Cases1795429800000 } from './1795429800000-cases';
import { CompanyRegister1795600000000 } from './1795600000000-company-register';
import { Assessments1795600100000 } from './1795600100000-assessments';
import { Reminders1795600200000 } from './1795600200000-reminders';
import { Agreements1795700000000 } from './1795700000000-agreements';
import { ActivitiesTimesheets1795700100000 } from './1795700100000-activities-timesheets';
import { Outcomes1795700200000 } from './1795700200000-outcomes';
import { NotificationPreferences1795700300000 } from './1795700300000-notification-preferences';
import { ReminderSignerEmails1795701000000 } from './1795701000000-reminder-signer-emails';
import { Reporting1795700400000 } from './1795700400000-reporting';
import { SavedCaseViews1795703000000 } from './1795703000000-saved-case-views';
import { DashboardDaily1795704000000 } from './1795704000000-dashboard-daily';
import { CaseListIndexes1795705000000 } from './1795705000000-case-list-indexes';
import { CaseStateCounts1795706000000 } from './1795706000000-case-state-counts';
import { DashboardAttentionIndexes1795707000000 } from './1795707000000-dashboard-attention-indexes';

/**
 * Every migration, in order. Listed explicitly (not globbed) so that bundled builds and
 * tests run exactly the same set. Add new migrations at the end.
 */
export const MIGRATIONS = [
  Foundation1763900000000,
  Cases1795429800000,
  CompanyRegister1795600000000,
  Assessments1795600100000,
  Reminders1795600200000,
  Agreements1795700000000,
  ActivitiesTimesheets1795700100000,
  Outcomes1795700200000,
  NotificationPreferences1795700300000,
  Reporting1795700400000,
  ReminderSignerEmails1795701000000,
  SavedCaseViews1795703000000,
  DashboardDaily1795704000000,
  CaseListIndexes1795705000000,
  CaseStateCounts1795706000000,
  DashboardAttentionIndexes1795707000000,
];
