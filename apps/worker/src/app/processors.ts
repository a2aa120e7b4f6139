import { type Type } from '@nestjs/common';
import { assertEveryJobHasHandler, type QueueProcessor } from '@techpact/api/infra-queue';
import { type QueueJobs, QueueName } from '@techpact/contracts';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { NotificationsProcessor } from './notifications/notifications.processor';
import { RemindersProcessor } from './reminders/reminders.processor';

export type ProcessorClass<Q extends QueueName> = Type<QueueProcessor> & {
  readonly handledJobs: readonly QueueJobs[Q][];
};

/** One processor per queue: a queue added to the contracts without one does not compile. */
export const PROCESSORS: { [Q in QueueName]: ProcessorClass<Q> } = {
  [QueueName.Maintenance]: MaintenanceProcessor,
  [QueueName.Reminders]: RemindersProcessor,
  [QueueName.Notifications]: NotificationsProcessor,
};

/** Throws, naming the job, when a job of the contracts has no handler; the worker then stops. */
export function assertEveryJobIsHandled(
  processors: { [Q in QueueName]: { readonly handledJobs: readonly string[] } } = PROCESSORS,
): void {
  for (const queue of Object.values(QueueName)) {
    assertEveryJobHasHandler(queue, processors[queue].handledJobs);
  }
}
