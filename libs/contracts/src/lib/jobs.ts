/**
 * Queue and job names with one payload type per job. Payloads carry ids only; processors reload
 * what they need. Names are persisted in Redis: never rename one without a migration.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Reminders = 'reminders',
  Notifications = 'notifications',
}

export enum MaintenanceJob {
  Heartbeat = 'heartbeat',
}

export enum ReminderJob {
  /** Fire one reminder (re-checked in the database; fires at most once). */
  Fire = 'fire',
  /** The weekly hours nudge of one programme (a job scheduler: Friday 14:00 programme time). */
  WeeklyHoursNudge = 'weeklyHoursNudge',
  /** E-mail a fired reminder to an SME signer without an account (at most once). */
  EmailSigner = 'emailSigner',
}

export enum NotificationJob {
  /** E-mail one notification (at most once; skipped when its kind is in-app only). */
  Email = 'email',
}

export interface JobPayloads {
  [MaintenanceJob.Heartbeat]: Record<string, never>;
  [ReminderJob.Fire]: { reminderId: string };
  [ReminderJob.WeeklyHoursNudge]: { programmeId: string };
  [ReminderJob.EmailSigner]: { signerEmailId: string };
  [NotificationJob.Email]: { notificationId: string };
}

export const JOBS_BY_QUEUE: { [Q in QueueName]: readonly string[] } = {
  [QueueName.Maintenance]: Object.values(MaintenanceJob),
  [QueueName.Reminders]: Object.values(ReminderJob),
  [QueueName.Notifications]: Object.values(NotificationJob),
};

/** Every job name, across queues. */
export type JobName = keyof JobPayloads;

/** The job-name enum of each queue, so that a queue only accepts its own jobs. */
export interface QueueJobs {
  [QueueName.Maintenance]: MaintenanceJob;
  [QueueName.Reminders]: ReminderJob;
  [QueueName.Notifications]: NotificationJob;
}
