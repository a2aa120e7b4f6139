import { type Language } from '@techpact/contracts';
import { type DataSource } from 'typeorm';
import { renderNotificationEmail } from '../templates/notification-email';

/** What the mailer needs of the mail module (`MailService`). */
export interface MailSender {
  send(mail: { to: string; subject: string; text: string; html?: string }): Promise<void>;
}

export type EmailOutcome = 'sent' | 'skipped' | 'alreadyDone';

interface PendingRow {
  id: string;
  title: string;
  body: string;
  link: string | null;
  emailStatus: 'pending' | 'sent' | 'skipped';
  email: string;
  name: string;
  language: Language;
  active: boolean;
  wantsEmail: boolean;
}

/**
 * E-mails a notification at most once: the row is locked while the message goes out and marked
 * sent in the same transaction, so a duplicated job waits and then finds it done. Kinds the
 * recipient keeps in-app only are marked skipped. An SMTP failure is recorded and rethrown, so
 * that the queue retries with backoff.
 */
export class NotificationMailer {
  constructor(
    private readonly db: DataSource,
    private readonly mail: MailSender,
    private readonly appUrl: string,
  ) {}

  async email(notificationId: string): Promise<EmailOutcome> {
    try {
      return await this.db.transaction(async (manager) => {
        const [row] = (await manager.query(
          `SELECT n.id, n.title, n.body, n.link, n.email_status AS "emailStatus",
                  u.email, u.name, u.language, u.active, COALESCE(p.email, true) AS "wantsEmail"
             FROM notification n
             JOIN app_user u ON u.id = n.user_id
             LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind
            WHERE n.id = $1
            FOR UPDATE OF n`,
          [notificationId],
        )) as PendingRow[];
        // Enqueued after commit, so a missing row is an error worth retrying, not a success.
        if (!row) throw new Error(`Notification ${notificationId} does not exist (yet).`);
        if (row.emailStatus !== 'pending') return 'alreadyDone';
        if (!row.wantsEmail || !row.active) {
          await manager.query(`UPDATE notification SET email_status = 'skipped' WHERE id = $1`, [
            row.id,
          ]);
          return 'skipped';
        }
        const rendered = renderNotificationEmail({
          language: row.language,
          recipientName: row.name,
          title: row.title,
          body: row.body,
          link: row.link,
          appUrl: this.appUrl,
        });
        await this.mail.send({ to: row.email, ...rendered });
        await manager.query(
          `UPDATE notification SET email_status = 'sent', emailed_at = now(), email_error = NULL
            WHERE id = $1`,
          [row.id],
        );
        return 'sent';
      });
    } catch (error) {
      await this.db
        .query(
          `UPDATE notification SET email_attempts = email_attempts + 1, email_error = $2
            WHERE id = $1 AND email_status = 'pending'`,
          [notificationId, error instanceof Error ? error.message.slice(0, 1000) : String(error)],
        )
        .catch(() => undefined);
      throw error;
    }
  }
}
