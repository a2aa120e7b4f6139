import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QueueProcessor } from '@techpact/api/infra-queue';
import { NotificationMailer } from '@techpact/api/notifications';
import { type JobPayloads, NotificationJob, QueueName } from '@techpact/contracts';
import { type Job } from 'bullmq';
import { CRASH_RECOVERY } from '../reminders/reminders.processor';

/** The jobs {@link NotificationsProcessor.process} handles; checked against the contracts at start. */
const HANDLED_JOBS = [NotificationJob.Email] as const;
type HandledJob = (typeof HANDLED_JOBS)[number];

@Processor(QueueName.Notifications, CRASH_RECOVERY)
export class NotificationsProcessor extends QueueProcessor {
  static readonly handledJobs: readonly NotificationJob[] = HANDLED_JOBS;
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(private readonly mailer: NotificationMailer) {
    super();
  }

  async process(job: Job<JobPayloads[NotificationJob]>): Promise<void> {
    const name = job.name as HandledJob;
    switch (name) {
      case NotificationJob.Email: {
        try {
          const outcome = await this.mailer.email(job.data.notificationId);
          this.logger.debug(`Notification ${job.data.notificationId}: e-mail ${outcome}`);
        } catch (error) {
          // The queue retries with backoff; say so once per attempt, not silently.
          this.logger.warn(
            `Could not e-mail notification ${job.data.notificationId} (attempt ${job.attemptsMade + 1}): ${String(error)}`,
          );
          throw error;
        }
        return;
      }
      default: {
        const unknown: never = name;
        throw new Error(
          `The ${QueueName.Notifications} queue has no handler for job "${unknown}".`,
        );
      }
    }
  }
}
