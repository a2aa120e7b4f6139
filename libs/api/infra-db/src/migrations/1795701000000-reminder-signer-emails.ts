import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Reminders e-mailed to SME signers without an account (a contact person has no inbox, so no
 * notification row): one row per fired reminder and signer, written in the firing transaction,
 * so that each signer is e-mailed at most once. Plus the index of the reminders overview.
 */
export class ReminderSignerEmails1795701000000 implements MigrationInterface {
  name = 'ReminderSignerEmails1795701000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reminder_signer_email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reminder_id uuid NOT NULL REFERENCES reminder(id),
        signer_id uuid NOT NULL REFERENCES agreement_signer(id) ON DELETE CASCADE,
        -- pending: to be e-mailed; sent: e-mailed at sent_at; skipped: signed meanwhile.
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        UNIQUE (reminder_id, signer_id)
      )`);
    await db.query(
      `CREATE INDEX reminder_signer_email_pending_idx ON reminder_signer_email (created_at)
        WHERE status = 'pending'`,
    );
    await db.query(`CREATE INDEX reminder_programme_due_idx ON reminder (programme_id, due_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reminder_programme_due_idx`);
    await db.query(`DROP TABLE reminder_signer_email`);
  }
}
