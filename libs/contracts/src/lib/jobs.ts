/**
 * Queue and job names with one payload type per job. Payloads carry ids only; processors reload
 * what they need. Names are persisted in Redis: never rename one without a migration.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Reminders = 'reminders',
}

export enum MaintenanceJob {
  Heartbeat = 'heartbeat',
}

export enum ReminderJob {
  /** Fire one reminder (re-checked in the database; fires at most once). */
  Fire = 'fire',
}

export interface JobPayloads {
  [MaintenanceJob.Heartbeat]: Record<string, never>;
  [ReminderJob.Fire]: { reminderId: string };
}

export const JOBS_BY_QUEUE: { [Q in QueueName]: readonly string[] } = {
  [QueueName.Maintenance]: Object.values(MaintenanceJob),
  [QueueName.Reminders]: Object.values(ReminderJob),
};

/** Every job name, across queues. */
export type JobName = keyof JobPayloads;

/** The job-name enum of each queue, so that a queue only accepts its own jobs. */
export interface QueueJobs {
  [QueueName.Maintenance]: MaintenanceJob;
  [QueueName.Reminders]: ReminderJob;
}
