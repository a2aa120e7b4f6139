import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QueueProcessor } from '@techpact/api/infra-queue';
import { ReminderFiring } from '@techpact/api/reminders';
import { type JobPayloads, QueueName, ReminderJob } from '@techpact/contracts';
import { type Job } from 'bullmq';

/** The jobs {@link RemindersProcessor.process} handles; checked against the contracts at start. */
const HANDLED_JOBS = [ReminderJob.Fire] as const;
type HandledJob = (typeof HANDLED_JOBS)[number];

@Processor(QueueName.Reminders)
export class RemindersProcessor extends QueueProcessor {
  static readonly handledJobs: readonly ReminderJob[] = HANDLED_JOBS;
  private readonly logger = new Logger(RemindersProcessor.name);

  constructor(private readonly firing: ReminderFiring) {
    super();
  }

  async process(job: Job<JobPayloads[ReminderJob]>): Promise<void> {
    const name = job.name as HandledJob;
    switch (name) {
      case ReminderJob.Fire: {
        const result = await this.firing.fire(job.data.reminderId);
        if (result.outcome !== 'sent') {
          this.logger.debug(`Reminder ${job.data.reminderId} ${result.outcome}: ${result.reason}`);
        }
        return;
      }
      default: {
        const unknown: never = name;
        throw new Error(`The ${QueueName.Reminders} queue has no handler for job "${unknown}".`);
      }
    }
  }
}
