import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Reminders (the source of truth for every pending BullMQ reminder job, DESIGN §4) and the in-app
 * notification inbox.
 */
export class Reminders1795600200000 implements MigrationInterface {
  name = 'Reminders1795600200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        programme_id uuid NOT NULL REFERENCES programme(id),
        kind text NOT NULL,
        scope text NOT NULL,
        -- Who, as a role of the case (coordinator, experts, smeSigners): resolved when it fires.
        recipient text NOT NULL,
        -- The case state and version whose transition scheduled it; firing drops it once the
        -- case has left that state.
        scheduled_in_state text NOT NULL,
        case_version integer NOT NULL CHECK (case_version >= 0),
        outbox_id bigint REFERENCES outbox(id),
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'scheduled'
          CHECK (status IN ('scheduled', 'sent', 'cancelled', 'dropped')),
        -- reminder-<caseId>-<kind>-<caseVersion>: the same kind scheduled again by a later
        -- transition gets a new job, a relayed-twice outbox row the same one.
        job_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        cancelled_at timestamptz,
        dropped_at timestamptz
      )`);
    // At most one pending reminder of a kind per case.
    await db.query(
      `CREATE UNIQUE INDEX reminder_one_scheduled_per_kind ON reminder (case_id, kind)
        WHERE status = 'scheduled'`,
    );
    await db.query(
      `CREATE INDEX reminder_scheduled_due_idx ON reminder (due_at) WHERE status = 'scheduled'`,
    );
    await db.query(`CREATE INDEX reminder_case_idx ON reminder (case_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        reminder_id uuid REFERENCES reminder(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        -- A reminder notifies each recipient once, however often its job runs.
        UNIQUE (reminder_id, user_id)
      )`);
    await db.query(
      `CREATE INDEX notification_user_unread_idx ON notification (user_id, created_at DESC)
        WHERE read_at IS NULL`,
    );
    await db.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE reminder`);
  }
}
