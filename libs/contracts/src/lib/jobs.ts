/**
 * Queue and job names with one payload type per job. Payloads carry ids only; processors reload
 * what they need. Names are persisted in Redis: never rename one without a migration.
 */
export enum QueueName {
  Maintenance = 'maintenance',
}

export enum MaintenanceJob {
  Heartbeat = 'heartbeat',
}

export interface JobPayloads {
  [MaintenanceJob.Heartbeat]: Record<string, never>;
}

export const JOBS_BY_QUEUE: { [Q in QueueName]: readonly string[] } = {
  [QueueName.Maintenance]: Object.values(MaintenanceJob),
};

/** Every job name, across queues. */
export type JobName = keyof JobPayloads;

/** The job-name enum of each queue, so that a queue only accepts its own jobs. */
export interface QueueJobs {
  [QueueName.Maintenance]: MaintenanceJob;
}
