import { JOBS_BY_QUEUE, type QueueName } from '@techpact/contracts';

/**
 * Refuses to start a worker that would leave a job unhandled: every job name declared for the
 * queue in the contracts must have a handler.
 */
export function assertEveryJobHasHandler(queue: QueueName, handled: readonly string[]): void {
  const missing = JOBS_BY_QUEUE[queue].filter((job) => !handled.includes(job));
  if (missing.length > 0) {
    throw new Error(
      `Queue "${queue}" has jobs without a handler: ${missing.join(', ')}. Add them to its processor.`,
    );
  }
}
