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
  return (await pendingSignersOfCases(manager, [caseId])).get(caseId) ?? [];
}

/** {@link pendingSigners} of many cases in one query, by case (a case without any is absent). */
export async function pendingSignersOfCases(
  manager: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, PendingSigner[]>> {
  const byCase = new Map<string, PendingSigner[]>();
  if (caseIds.length === 0) return byCase;
  const rows = (await manager.query(
    `SELECT v.case_id AS "caseId", s.id, s.user_id AS "userId"
       FROM agreement_signer s JOIN agreement_version v ON v.id = s.version_id
      WHERE v.case_id = ANY($1::uuid[]) AND v.status = 'sent'
        AND s.signed_at IS NULL AND s.declined_at IS NULL
      ORDER BY s.id`,
    [[...new Set(caseIds)]],
  )) as (PendingSigner & { caseId: string })[];
  for (const { caseId, ...signer } of rows)
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), signer]);
  return byCase;
}

/** Records, on the firing transaction, that these signers are to be e-mailed; resolves to the new rows. */
export async function recordSignerEmails(
  manager: EntityManager,
  reminderId: string,
  signerIds: readonly string[],
): Promise<string[]> {
  return recordManySignerEmails(
    manager,
    signerIds.map((signerId) => ({ reminderId, signerId })),
  );
}

/** {@link recordSignerEmails} for the signers of many reminders in one statement. */
export async function recordManySignerEmails(
  manager: EntityManager,
  pairs: readonly { reminderId: string; signerId: string }[],
): Promise<string[]> {
  if (pairs.length === 0) return [];
  const rows = (await manager.query(
    `INSERT INTO reminder_signer_email (reminder_id, signer_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[])
     ON CONFLICT (reminder_id, signer_id) DO NOTHING
     RETURNING id`,
    [pairs.map((pair) => pair.reminderId), pairs.map((pair) => pair.signerId)],
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
