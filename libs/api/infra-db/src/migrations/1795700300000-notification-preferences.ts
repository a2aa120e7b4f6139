import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Notifications from `notify` outbox rows (once per row and user), their e-mail delivery state,
 * the per-kind e-mail preference, and reminders about one activity (DESIGN §4).
 */
export class NotificationPreferences1795700300000 implements MigrationInterface {
  name = 'NotificationPreferences1795700300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notification
        ADD COLUMN outbox_id bigint REFERENCES outbox(id),
        ADD COLUMN case_id uuid REFERENCES case_file(id),
        -- pending: to be e-mailed; sent: e-mailed at emailed_at; skipped: in-app only.
        ADD COLUMN email_status text NOT NULL DEFAULT 'pending'
          CHECK (email_status IN ('pending', 'sent', 'skipped')),
        ADD COLUMN emailed_at timestamptz,
        ADD COLUMN email_attempts integer NOT NULL DEFAULT 0 CHECK (email_attempts >= 0),
        ADD COLUMN email_error text,
        -- A relayed-twice outbox row notifies each recipient once.
        ADD CONSTRAINT notification_outbox_user_key UNIQUE (outbox_id, user_id)`);
    await db.query(
      `CREATE INDEX notification_email_pending_idx ON notification (created_at)
        WHERE email_status = 'pending'`,
    );

    await db.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        -- false: in-app only.
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);

    // Activity reminders: one pending reminder of a kind per case and activity.
    await db.query(`ALTER TABLE reminder ADD COLUMN activity_id uuid REFERENCES activity(id)`);
    await db.query(`DROP INDEX reminder_one_scheduled_per_kind`);
    await db.query(
      `CREATE UNIQUE INDEX reminder_one_scheduled_per_kind ON reminder
         (case_id, kind, COALESCE(activity_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE status = 'scheduled'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reminder_one_scheduled_per_kind`);
    // The old index cannot hold several pending reminders of a kind per case.
    await db.query(
      `DELETE FROM notification WHERE reminder_id IN (SELECT id FROM reminder WHERE activity_id IS NOT NULL)`,
    );
    await db.query(`DELETE FROM reminder WHERE activity_id IS NOT NULL`);
    await db.query(
      `CREATE UNIQUE INDEX reminder_one_scheduled_per_kind ON reminder (case_id, kind)
        WHERE status = 'scheduled'`,
    );
    await db.query(`ALTER TABLE reminder DROP COLUMN activity_id`);
    await db.query(`DROP TABLE notification_preference`);
    await db.query(`DROP INDEX notification_email_pending_idx`);
    await db.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_outbox_user_key,
        DROP COLUMN email_error,
        DROP COLUMN email_attempts,
        DROP COLUMN emailed_at,
        DROP COLUMN email_status,
        DROP COLUMN case_id,
        DROP COLUMN outbox_id`);
  }
}
