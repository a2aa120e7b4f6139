import { type TypedQueue } from '@techpact/api/infra-queue';
import { type QueueName, ReminderJob } from '@techpact/contracts';
import { type JobsOptions } from 'bullmq';
import { type EntityManager } from 'typeorm';

/** A signer of the version out for signature who has neither signed nor declined. */
export interface PendingSigner {
  id: string;
  userId: string | null;
}

/** The pending signers of the case's version out for signature (none when nothing is out). */
export async function pendingSigners(
  manager: EntityManager,
  caseId: string,
): Promise<PendingSigner[]> {
  return (await manager.query(
    `SELECT s.id, s.user_id AS "userId"
       FROM agreement_signer s JOIN agreement_version v ON v.id = s.version_id
      WHERE v.case_id = $1 AND v.status = 'sent'
        AND s.signed_at IS NULL AND s.declined_at IS NULL
      ORDER BY s.id`,
    [caseId],
  )) as PendingSigner[];
}

/** Records, on the firing transaction, that these signers are to be e-mailed; resolves to the new rows. */
export async function recordSignerEmails(
  manager: EntityManager,
  reminderId: string,
  signerIds: readonly string[],
): Promise<string[]> {
  if (signerIds.length === 0) return [];
  const rows = (await manager.query(
    `INSERT INTO reminder_signer_email (reminder_id, signer_id)
     SELECT $1, unnest($2::uuid[])
     ON CONFLICT (reminder_id, signer_id) DO NOTHING
     RETURNING id`,
    [reminderId, signerIds],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

type ReminderQueue = TypedQueue<QueueName.Reminders>;

/** One job per signer e-mail: the same row enqueued twice is one job. */
export function signerEmailJobId(signerEmailId: string): string {
  return `signer-email-${signerEmailId}`;
}

export function signerEmailJobOptions(signerEmailId: string): JobsOptions {
  return {
    jobId: signerEmailJobId(signerEmailId),
    attempts: 10,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 86_400 },
    removeOnFail: { age: 7 * 86_400 },
  };
}

/** Enqueues the e-mails (call after the rows have committed). */
export async function enqueueSignerEmails(
  queue: ReminderQueue,
  signerEmailIds: readonly string[],
): Promise<void> {
  if (signerEmailIds.length === 0) return;
  await queue.addBulk(
    signerEmailIds.map((signerEmailId) => ({
      name: ReminderJob.EmailSigner,
      data: { signerEmailId },
      opts: signerEmailJobOptions(signerEmailId),
    })),
  );
}
