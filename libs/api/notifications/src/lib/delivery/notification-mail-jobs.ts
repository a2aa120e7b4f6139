import { type TypedQueue } from '@techpact/api/infra-queue';
import { NotificationJob, type QueueName } from '@techpact/contracts';
import { type JobsOptions } from 'bullmq';

export type NotificationQueue = TypedQueue<QueueName.Notifications>;

/** One e-mail job per notification: the same notification enqueued twice is one job. */
export function notificationEmailJobId(notificationId: string): string {
  return `notification-email-${notificationId}`;
}

/** Retries a failing SMTP peer with backoff for about three hours before the job is failed. */
export function notificationEmailJobOptions(notificationId: string): JobsOptions {
  return {
    jobId: notificationEmailJobId(notificationId),
    attempts: 10,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 86_400 },
    removeOnFail: { age: 7 * 86_400 },
  };
}

/** Enqueues the e-mail of each notification (call after the notifications have committed). */
export async function enqueueNotificationEmails(
  queue: NotificationQueue,
  notificationIds: readonly string[],
): Promise<void> {
  if (notificationIds.length === 0) return;
  await queue.addBulk(
    notificationIds.map((notificationId) => ({
      name: NotificationJob.Email,
      data: { notificationId },
      opts: notificationEmailJobOptions(notificationId),
    })),
  );
}
