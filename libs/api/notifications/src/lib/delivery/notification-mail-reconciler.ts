import { type DataSource } from 'typeorm';
import {
  enqueueNotificationEmails,
  notificationEmailJobId,
  type NotificationQueue,
} from './notification-mail-jobs';

/**
 * Gives every notification still waiting for its e-mail a job, e.g. when the worker stopped
 * between committing the notification and enqueueing its e-mail, or Redis lost the job. Job ids
 * are deterministic, so a job that is already there is not added twice.
 */
export class NotificationMailReconciler {
  constructor(
    private readonly db: DataSource,
    private readonly queue: NotificationQueue,
    private readonly options: { chunkSize?: number; olderThanMs?: number } = {},
  ) {}

  /** Resolves to the number of jobs that were missing and have been added. */
  async reconcile(): Promise<number> {
    const chunkSize = this.options.chunkSize ?? 500;
    const olderThan = new Date(Date.now() - (this.options.olderThanMs ?? 30_000));
    let restored = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.db.query(
        `SELECT id FROM notification
          WHERE email_status = 'pending' AND created_at < $1 AND id > $2
          ORDER BY id LIMIT $3`,
        [olderThan, after, chunkSize],
      )) as { id: string }[];
      if (rows.length === 0) return restored;
      after = rows[rows.length - 1]?.id ?? after;
      const states = await Promise.all(
        rows.map((row) => this.queue.getJobState(notificationEmailJobId(row.id))),
      );
      const missing = rows.filter((_, i) => states[i] === 'unknown').map((row) => row.id);
      await enqueueNotificationEmails(this.queue, missing);
      restored += missing.length;
    }
  }
}
