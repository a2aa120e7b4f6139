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

interface Recipient {
  id: string;
  language: Language;
  /** Active and not keeping this kind in-app only. */
  wantsEmail: boolean;
}

/**
 * Writes one inbox notification per user, titled in that user's language, on the caller's
 * transaction. A source that is processed again adds nothing. Resolves to the ids written now
 * that are to be e-mailed; the caller enqueues those once the transaction has committed.
 */
export async function createNotifications(
  manager: EntityManager,
  input: NewNotifications,
): Promise<string[]> {
  return createManyNotifications(manager, [input]);
}

/**
 * {@link createNotifications} for many sources in two statements (a batch of fired reminders).
 * Kinds a recipient keeps in-app only (or an inactive recipient) are stored `skipped` at once,
 * so no e-mail job is enqueued for them; the mailer still re-checks the preference of the rest.
 */
export async function createManyNotifications(
  manager: EntityManager,
  inputs: readonly NewNotifications[],
): Promise<string[]> {
  const pairs = inputs.flatMap((input) => input.userIds.map((userId) => ({ input, userId })));
  if (pairs.length === 0) return [];
  const recipients = (await manager.query(
    `SELECT u.id, a.language, u.kind, (a.active AND COALESCE(p.email, true)) AS "wantsEmail"
       FROM (SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[]) AS x(id, kind)) u
       JOIN app_user a ON a.id = u.id
       LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = u.kind`,
    [pairs.map((pair) => pair.userId), pairs.map((pair) => pair.input.kind)],
  )) as (Recipient & { kind: string })[];
  const byUserKind = new Map(recipients.map((r) => [`${r.id}/${r.kind}`, r]));

  const rows: { input: NewNotifications; user: Recipient }[] = [];
  for (const { input, userId } of pairs) {
    const user = byUserKind.get(`${userId}/${input.kind}`);
    if (user) rows.push({ input, user });
  }
  const texts = rows.map(({ input, user }) =>
    renderNotification(input.kind, user.language, input.params, input.timeZone),
  );
  const source = (input: NewNotifications) => ({
    reminderId: 'reminderId' in input.source ? input.source.reminderId : null,
    outboxId: 'outboxId' in input.source ? input.source.outboxId : null,
  });
  // Either unique key (reminder, user) or (outbox row, user) makes a repeat add nothing.
  const inserted = (await manager.query(
    `INSERT INTO notification (user_id, title, body, reminder_id, outbox_id, kind, case_id, link,
                               email_status)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::bigint[], $6::text[],
                          $7::uuid[], $8::text[], $9::text[])
     ON CONFLICT DO NOTHING
     RETURNING id, email_status AS "emailStatus"`,
    [
      rows.map((row) => row.user.id),
      texts.map((text) => text.title),
      texts.map((text) => text.body),
      rows.map((row) => source(row.input).reminderId),
      rows.map((row) => source(row.input).outboxId),
      rows.map((row) => row.input.kind),
      rows.map((row) => row.input.caseId),
      rows.map((row) => `/cases/${row.input.caseId}`),
      rows.map((row) => (row.user.wantsEmail ? 'pending' : 'skipped')),
    ],
  )) as { id: string; emailStatus: string }[];
  return inserted.filter((row) => row.emailStatus === 'pending').map((row) => row.id);
}
