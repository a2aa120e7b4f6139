import { type DataSource } from 'typeorm';
import { ReminderJob } from '@techpact/contracts';
import { reminderJobOptions, type ReminderQueue } from './reminder-relay';

/**
 * Gives every scheduled reminder of the database a job in Redis (after a flush or a lost enqueue).
 * Jobs keep their deterministic ids, so a job that is already there is not added twice.
 */
export class ReminderReconciler {
  constructor(
    private readonly db: DataSource,
    private readonly queue: ReminderQueue,
    private readonly options: { chunkSize?: number } = {},
  ) {}

  /** Resolves to the number of jobs that were missing and have been added. */
  async reconcile(): Promise<number> {
    const chunkSize = this.options.chunkSize ?? 500;
    let restored = 0;
    let after = '';
    for (;;) {
      const rows = (await this.db.query(
        `SELECT id, job_id AS "jobId", due_at AS "dueAt" FROM reminder
          WHERE status = 'scheduled' AND job_id > $1
          ORDER BY job_id LIMIT $2`,
        [after, chunkSize],
      )) as { id: string; jobId: string; dueAt: Date }[];
      if (rows.length === 0) return restored;
      after = rows[rows.length - 1]?.jobId ?? after;

      const states = await Promise.all(rows.map((row) => this.queue.getJobState(row.jobId)));
      const missing = rows.filter((_, i) => states[i] === 'unknown');
      if (missing.length > 0) {
        const now = new Date();
        await this.queue.addBulk(
          missing.map((row) => ({
            name: ReminderJob.Fire,
            data: { reminderId: row.id },
            opts: reminderJobOptions(row.jobId, row.dueAt, now),
          })),
        );
        restored += missing.length;
      }
    }
  }
}
