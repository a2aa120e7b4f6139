import { type DataSource } from 'typeorm';
import { ReminderJob } from '@techpact/contracts';
import { reminderJobOptions, type ReminderQueue } from './reminder-relay';
import { enqueueSignerEmails, signerEmailJobId } from './signers/signer-emails';

/** Job states that mean "no run to come": the job is gone, or it ran and is only a record. */
const FINISHED = new Set(['unknown', 'completed', 'failed']);

/**
 * Gives every scheduled reminder of the database a job in Redis that will still run (after a
 * flush, a lost enqueue, or a job that finished while its row stayed scheduled — e.g. it ran
 * before a relay commit that failed, or it failed all its attempts while PostgreSQL was away).
 * Jobs keep their deterministic ids; a finished one is removed first, as BullMQ ignores an add
 * under an id it still holds. Firing re-checks the row, so an extra run never sends twice.
 */
export class ReminderReconciler {
  constructor(
    private readonly db: DataSource,
    private readonly queue: ReminderQueue,
    private readonly options: { chunkSize?: number } = {},
  ) {}

  /** Resolves to the number of jobs that were missing (or finished) and have been added. */
  async reconcile(): Promise<number> {
    return (await this.reconcileReminders()) + (await this.reconcileSignerEmails());
  }

  private async reconcileReminders(): Promise<number> {
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
      const missing = rows.filter((_, i) => FINISHED.has(states[i] ?? 'unknown'));
      if (missing.length === 0) continue;
      await Promise.all(
        missing
          .filter((row) => states[rows.indexOf(row)] !== 'unknown')
          .map((row) => this.queue.remove(row.jobId)),
      );
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

  /** Signer e-mails still pending a minute after they were written (commit before enqueue). */
  private async reconcileSignerEmails(): Promise<number> {
    const rows = (await this.db.query(
      `SELECT id FROM reminder_signer_email
        WHERE status = 'pending' AND created_at < now() - interval '1 minute'
        ORDER BY created_at LIMIT 1000`,
    )) as { id: string }[];
    const states = await Promise.all(
      rows.map((row) => this.queue.getJobState(signerEmailJobId(row.id))),
    );
    const missing = rows.filter((_, i) => FINISHED.has(states[i] ?? 'unknown'));
    await Promise.all(
      missing
        .filter((row) => states[rows.indexOf(row)] !== 'unknown')
        .map((row) => this.queue.remove(signerEmailJobId(row.id))),
    );
    await enqueueSignerEmails(
      this.queue,
      missing.map((row) => row.id),
    );
    return missing.length;
  }
}
