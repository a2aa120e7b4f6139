export * from './lib/timesheets.module';
export * from './lib/time-entries.service';
export * from './lib/timesheet-week.service';
export * from './lib/approvals.service';
export * from './lib/time-locks.service';
export * from './lib/time-export.service';
export * from './lib/timesheets.participant';
export * from './lib/demo-hours.seed';
export { type TimeActor } from './lib/time-entry.repository';
