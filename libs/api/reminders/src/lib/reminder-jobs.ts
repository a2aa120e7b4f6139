import { createHash } from 'node:crypto';

/**
 * The job id of a reminder: the same kind scheduled again by a later transition (a later case
 * version) is a new reminder; the same outbox row relayed twice is the same one. BullMQ refuses
 * `:` in custom ids (its key separator), hence the dashes.
 */
export function reminderJobId(caseId: string, kind: string, caseVersion: number): string {
  return `reminder-${caseId}-${kind}-${caseVersion}`;
}

/**
 * The reminder's row id, derived from its job id, so that a relay whose transaction rolled back
 * after enqueueing produces the same id again and the already-queued job still finds its row.
 */
export function reminderIdFor(jobId: string): string {
  const hex = createHash('sha256').update(jobId).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
