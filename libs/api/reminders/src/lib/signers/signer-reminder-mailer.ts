import { type DataSource } from 'typeorm';
import {
  isSignerReminderKind,
  renderSignerReminder,
  type SignerLanguage,
} from './signer-reminder-texts';

/** What the mailer needs of the mail module (`MailService`). */
export interface SignerMailSender {
  send(mail: { to: string; subject: string; text: string; html?: string }): Promise<void>;
}

export type SignerEmailOutcome = 'sent' | 'skipped' | 'alreadyDone';

interface Row {
  id: string;
  status: string;
  kind: string;
  email: string;
  name: string;
  language: SignerLanguage;
  stillPending: boolean;
  company: string;
  sentAt: Date;
  expiresAt: Date | null;
  timeZone: string;
  coordinatorName: string | null;
  coordinatorEmail: string | null;
}

/**
 * E-mails a reminder to a signer without an account, at most once: the row stays locked while
 * the message goes out and is marked sent in the same transaction. A signer who has signed or
 * declined since the reminder fired is skipped. SMTP failures are recorded and rethrown (the
 * queue retries).
 */
export class SignerReminderMailer {
  constructor(
    private readonly db: DataSource,
    private readonly mail: SignerMailSender,
  ) {}

  async email(signerEmailId: string): Promise<SignerEmailOutcome> {
    try {
      return await this.db.transaction(async (manager) => {
        const [row] = (await manager.query(
          `SELECT e.id, e.status, r.kind, s.email, s.name, s.language,
                  (s.signed_at IS NULL AND s.declined_at IS NULL AND v.status = 'sent') AS "stillPending",
                  co.name AS company, v.sent_at AS "sentAt", s.link_expires_at AS "expiresAt",
                  p.time_zone AS "timeZone", u.name AS "coordinatorName", u.email AS "coordinatorEmail"
             FROM reminder_signer_email e
             JOIN reminder r ON r.id = e.reminder_id
             JOIN agreement_signer s ON s.id = e.signer_id
             JOIN agreement_version v ON v.id = s.version_id
             JOIN case_file c ON c.id = r.case_id
             JOIN company co ON co.id = c.company_id
             JOIN programme p ON p.id = c.programme_id
             LEFT JOIN app_user u ON u.id = c.coordinator_id
            WHERE e.id = $1
            FOR UPDATE OF e`,
          [signerEmailId],
        )) as Row[];
        // Enqueued after commit, so a missing row is worth a retry.
        if (!row) throw new Error(`Signer e-mail ${signerEmailId} does not exist (yet).`);
        if (row.status !== 'pending') return 'alreadyDone';
        if (!row.stillPending || !isSignerReminderKind(row.kind)) {
          await manager.query(`UPDATE reminder_signer_email SET status = 'skipped' WHERE id = $1`, [
            row.id,
          ]);
          return 'skipped';
        }
        const localDate = (at: Date) =>
          new Intl.DateTimeFormat(row.language === 'da' ? 'da-DK' : 'en-GB', {
            dateStyle: 'long',
            timeZone: row.timeZone,
          }).format(at);
        const content = renderSignerReminder(row.kind, row.language, {
          signerName: row.name,
          company: row.company,
          sentOn: localDate(row.sentAt),
          expiresOn: row.expiresAt ? localDate(row.expiresAt) : null,
          coordinatorName: row.coordinatorName,
          coordinatorEmail: row.coordinatorEmail,
        });
        await this.mail.send({ to: row.email, ...content });
        await manager.query(
          `UPDATE reminder_signer_email SET status = 'sent', sent_at = now(), last_error = NULL
            WHERE id = $1`,
          [row.id],
        );
        return 'sent';
      });
    } catch (error) {
      await this.db
        .query(
          `UPDATE reminder_signer_email SET attempts = attempts + 1, last_error = $2
            WHERE id = $1 AND status = 'pending'`,
          [signerEmailId, error instanceof Error ? error.message.slice(0, 1000) : String(error)],
        )
        .catch(() => undefined);
      throw error;
    }
  }
}
