import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Innovation activities (one per agreed upgrade, carried across amendments by its lineage) and
 * time entries with their approval and the programme's locked months (DESIGN §2).
 */
export class ActivitiesTimesheets1795700100000 implements MigrationInterface {
  name = 'ActivitiesTimesheets1795700100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        -- The agreement_upgrade.lineage_id this activity carries out, and the upgrade row of the
        -- version in force that last defined it.
        lineage_id uuid NOT NULL,
        upgrade_id uuid NOT NULL REFERENCES agreement_upgrade(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        category text NOT NULL DEFAULT '' CHECK (length(category) <= 100),
        expert_id uuid NOT NULL REFERENCES app_user(id),
        planned_hours numeric(7, 2) NOT NULL CHECK (planned_hours > 0),
        target_date date NOT NULL,
        status text NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
        started_at timestamptz,
        done_at timestamptz,
        outcome_notes text CHECK (length(outcome_notes) <= 5000),
        cancelled_at timestamptz,
        cancel_reason text CHECK (length(cancel_reason) <= 2000),
        row_version integer NOT NULL DEFAULT 0 CHECK (row_version >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, lineage_id),
        CHECK (status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX activity_expert_idx ON activity (expert_id, status)`);
    await db.query(
      `CREATE INDEX activity_target_idx ON activity (target_date) WHERE status IN ('planned', 'in_progress')`,
    );

    await db.query(`
      CREATE TABLE time_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        case_id uuid NOT NULL REFERENCES case_file(id),
        activity_id uuid NOT NULL REFERENCES activity(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        -- expert: programme staff hours; sme: the company's co-financing hours.
        person_kind text NOT NULL CHECK (person_kind IN ('expert', 'sme')),
        work_date date NOT NULL,
        hours numeric(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 24 AND hours * 4 = trunc(hours * 4)),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
        submitted_at timestamptz,
        reviewed_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        reject_reason text CHECK (length(reject_reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'rejected' OR reject_reason IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX time_entry_user_date_idx ON time_entry (user_id, work_date)`);
    await db.query(`CREATE INDEX time_entry_activity_idx ON time_entry (activity_id)`);
    await db.query(`CREATE INDEX time_entry_case_status_idx ON time_entry (case_id, status)`);
    await db.query(
      `CREATE INDEX time_entry_programme_date_idx ON time_entry (programme_id, work_date)`,
    );

    await db.query(`
      CREATE TABLE time_period_lock (
        programme_id uuid NOT NULL REFERENCES programme(id),
        -- The first day of the locked month.
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        locked_by uuid NOT NULL REFERENCES app_user(id),
        locked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, month)
      )`);
    // Locks and unlocks are audited (an admin may unlock).
    await db.query(`
      CREATE TABLE time_period_lock_event (
        id bigserial PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES programme(id),
        month date NOT NULL,
        action text NOT NULL CHECK (action IN ('lock', 'unlock')),
        actor_id uuid NOT NULL REFERENCES app_user(id),
        reason text CHECK (length(reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE time_period_lock_event`);
    await db.query(`DROP TABLE time_period_lock`);
    await db.query(`DROP TABLE time_entry`);
    await db.query(`DROP TABLE activity`);
  }
}
