import { type Language, type NotificationKind } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { type NotificationParams, renderNotification } from './templates/notification-texts';

export interface NewNotifications {
  kind: NotificationKind;
  caseId: string;
  userIds: readonly string[];
  /** What caused them: each source notifies a user once (unique per source and user). */
  source: { reminderId: string } | { outboxId: string };
  params: NotificationParams;
  timeZone: string;
}

/**
 * Writes one inbox notification per user, titled in that user's language, on the caller's
 * transaction. A source that is processed again adds nothing. Resolves to the ids written now;
 * the caller e-mails them once the transaction has committed.
 */
export async function createNotifications(
  manager: EntityManager,
  input: NewNotifications,
): Promise<string[]> {
  if (input.userIds.length === 0) return [];
  const users = (await manager.query(
    `SELECT id, language FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [input.userIds],
  )) as { id: string; language: Language }[];
  const texts = users.map((user) =>
    renderNotification(input.kind, user.language, input.params, input.timeZone),
  );
  const reminderId = 'reminderId' in input.source ? input.source.reminderId : null;
  const outboxId = 'outboxId' in input.source ? input.source.outboxId : null;
  const conflict = reminderId ? '(reminder_id, user_id)' : '(outbox_id, user_id)';
  const inserted = (await manager.query(
    `INSERT INTO notification (user_id, title, body, reminder_id, outbox_id, kind, case_id, link)
     SELECT u.user_id, u.title, u.body, $4::uuid, $5::bigint, $6, $7::uuid, $8
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(user_id, title, body)
     ON CONFLICT ${conflict} DO NOTHING
     RETURNING id`,
    [
      users.map((user) => user.id),
      texts.map((text) => text.title),
      texts.map((text) => text.body),
      reminderId,
      outboxId,
      input.kind,
      input.caseId,
      `/cases/${input.caseId}`,
    ],
  )) as { id: string }[];
  return inserted.map((row) => row.id);
}
