import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The stage of a dotted lifecycle state: `assessment.inProgress` → `assessment`. */
const STAGE_OF = (column: string) => `split_part(${column}, '.', 1)`;

/** Rows kept for the retention period: table, which rows, and the refusal (PL/pgSQL). */
const RETAINED_ROWS: readonly [table: string, condition: string, message: string][] = [
  [
    'agreement_version',
    `OLD.status <> 'draft'`,
    `'agreement version % was sent for signature and is kept for the programme''s retention period; it cannot be deleted', OLD.number`,
  ],
  [
    'agreement_signer',
    'OLD.signed_at IS NOT NULL',
    `'a signature is evidence kept for the programme''s retention period; it cannot be deleted (anonymise the company instead)'`,
  ],
  [
    'time_entry',
    `OLD.status = 'approved'`,
    `'approved hours are kept for the programme''s retention period; the time entry of % cannot be deleted', OLD.work_date`,
  ],
];

/**
 * Reporting (issue 8): the stays of cases in each stage, kept by the transaction that appends the
 * audit event (so the dashboard never replays the trail); indexes for the dashboard and funder
 * report; and the retention rule: sent agreements and approved hours cannot be deleted.
 */
export class Reporting1795700400000 implements MigrationInterface {
  name = 'Reporting1795700400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_stage_stay (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES case_file(id),
        programme_id uuid NOT NULL REFERENCES programme(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        -- intake, assessment, agreement, implementation, completion, onHold, completed, withdrawn.
        stage text NOT NULL,
        entered_at timestamptz NOT NULL,
        left_at timestamptz,
        CHECK (left_at IS NULL OR left_at >= entered_at)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX case_stage_stay_open ON case_stage_stay (case_id) WHERE left_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX case_stage_stay_left_idx ON case_stage_stay (programme_id, left_at)
         INCLUDE (stage, case_id, municipality_id, entered_at) WHERE left_at IS NOT NULL`,
    );
    await db.query(`
      CREATE FUNCTION case_stage_stay_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.from_state IS NOT NULL
           AND ${STAGE_OF('NEW.from_state')} = ${STAGE_OF('NEW.to_state')} THEN
          RETURN NULL;
        END IF;
        UPDATE case_stage_stay SET left_at = greatest(NEW.created_at, entered_at)
         WHERE case_id = NEW.case_id AND left_at IS NULL;
        INSERT INTO case_stage_stay (case_id, programme_id, municipality_id, stage, entered_at)
        SELECT cf.id, cf.programme_id, cf.municipality_id, ${STAGE_OF('NEW.to_state')}, NEW.created_at
          FROM case_file cf WHERE cf.id = NEW.case_id;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER case_stage_stay_track AFTER INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION case_stage_stay_track()`);
    // The trail so far, replayed once.
    await db.query(`
      INSERT INTO case_stage_stay (case_id, programme_id, municipality_id, stage, entered_at, left_at)
      SELECT s.case_id, cf.programme_id, cf.municipality_id, s.stage, s.created_at,
             lead(s.created_at) OVER (PARTITION BY s.case_id ORDER BY s.version)
        FROM (SELECT a.case_id, a.version, a.created_at, ${STAGE_OF('a.to_state')} AS stage
                FROM audit_event a
               WHERE a.from_state IS NULL OR ${STAGE_OF('a.from_state')} <> ${STAGE_OF('a.to_state')}
             ) s
        JOIN case_file cf ON cf.id = s.case_id`);

    // Dashboard and funder report: one pass per figure over covering indexes.
    await db.query(
      `CREATE INDEX case_file_programme_state_event_idx ON case_file (programme_id, state, last_event_at)
         INCLUDE (municipality_id, company_id)`,
    );
    await db.query(
      `CREATE INDEX agreement_version_signed_idx ON agreement_version (case_id, in_force_at)
         WHERE status IN ('in_force', 'superseded')`,
    );
    await db.query(
      `CREATE INDEX activity_case_status_idx ON activity (case_id, status)
         INCLUDE (created_at, started_at, done_at)`,
    );
    await db.query(
      `CREATE INDEX time_entry_approved_idx ON time_entry (programme_id, work_date)
         INCLUDE (person_kind, hours, case_id) WHERE status = 'approved'`,
    );
    await db.query(
      `CREATE INDEX reminder_due_open_idx ON reminder (programme_id, due_at)
         WHERE status IN ('scheduled', 'sent')`,
    );
    await db.query(
      `CREATE INDEX assessment_submitted_idx ON assessment (kind, submitted_at, case_id)
         WHERE submitted_at IS NOT NULL`,
    );

    // Retention (DESIGN §2): what was sent for signature and approved hours are evidence.
    // One function per table: PL/pgSQL cannot name a column the table does not have.
    for (const [table, condition, message] of RETAINED_ROWS) {
      await db.query(`
        CREATE FUNCTION ${table}_retained() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF ${condition} THEN
            RAISE EXCEPTION ${message} USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN OLD;
        END
        $$`);
    }
    await db.query(`
      CREATE FUNCTION retained_table_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% holds records kept for the programme''s retention period; TRUNCATE is not allowed', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    for (const [table] of RETAINED_ROWS) {
      await db.query(`
        CREATE TRIGGER ${table}_retained BEFORE DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION ${table}_retained()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION retained_table_no_truncate()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table] of RETAINED_ROWS) {
      await db.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await db.query(`DROP TRIGGER ${table}_retained ON ${table}`);
    }
    await db.query(`DROP FUNCTION retained_table_no_truncate()`);
    for (const [table] of RETAINED_ROWS) await db.query(`DROP FUNCTION ${table}_retained()`);
    for (const index of [
      'assessment_submitted_idx',
      'reminder_due_open_idx',
      'time_entry_approved_idx',
      'activity_case_status_idx',
      'agreement_version_signed_idx',
      'case_file_programme_state_event_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    await db.query(`DROP TRIGGER case_stage_stay_track ON audit_event`);
    await db.query(`DROP FUNCTION case_stage_stay_track()`);
    await db.query(`DROP TABLE case_stage_stay`);
  }
}
