import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Must list the lifecycle's `CASE_STATE_VALUES`; a machine change that renames states migrates this too. */
const CASE_STATES = [
  'intake',
  'assessment.scheduled',
  'assessment.inProgress',
  'agreement.drafting',
  'agreement.awaitingSignature',
  'agreement.awaitingCountersignature',
  'implementation',
  'completion',
  'onHold',
  'completed',
  'withdrawn',
];

/**
 * Cases (the lifecycle snapshot and its queryable state), assigned experts, the append-only audit
 * trail and the transactional outbox (DESIGN §3).
 */
export class Cases1795429800000 implements MigrationInterface {
  name = 'Cases1795429800000';

  async up(db: QueryRunner): Promise<void> {
    // Company name / registration number search in the case list (ILIKE '%…%').
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX company_name_trgm_idx ON company USING gin (name gin_trgm_ops)`);
    await db.query(
      `CREATE INDEX company_registration_number_trgm_idx ON company USING gin (registration_number gin_trgm_ops)`,
    );

    await db.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        company_id uuid NOT NULL REFERENCES company(id),
        -- Copied from the company: the unit of coordinator access and a list filter.
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        coordinator_id uuid REFERENCES app_user(id),
        state text NOT NULL CHECK (state IN (${CASE_STATES.map((s) => `'${s}'`).join(', ')})),
        snapshot jsonb NOT NULL,
        machine_version integer NOT NULL CHECK (machine_version > 0),
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        opened_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_event_at timestamptz NOT NULL DEFAULT now()
      )`);
    // At most one open case per company; final states free the company for a new case.
    await db.query(
      `CREATE UNIQUE INDEX case_file_one_open_per_company ON case_file (company_id)
        WHERE state NOT IN ('completed', 'withdrawn')`,
    );
    await db.query(`CREATE INDEX case_file_programme_state_idx ON case_file (programme_id, state)`);
    await db.query(
      `CREATE INDEX case_file_municipality_state_idx ON case_file (municipality_id, state)`,
    );
    await db.query(`CREATE INDEX case_file_coordinator_idx ON case_file (coordinator_id)`);
    await db.query(`CREATE INDEX case_file_company_idx ON case_file (company_id)`);
    await db.query(
      `CREATE INDEX case_file_updated_idx ON case_file (programme_id, updated_at DESC)`,
    );
    await db.query(`CREATE INDEX case_file_opened_idx ON case_file (programme_id, opened_at DESC)`);

    await db.query(`
      CREATE TABLE case_expert (
        case_id uuid NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES app_user(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, expert_id)
      )`);
    await db.query(`CREATE INDEX case_expert_expert_idx ON case_expert (expert_id)`);

    await db.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES case_file(id),
        actor_id uuid REFERENCES app_user(id),
        event_type text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL CHECK (version >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One audit event per case version: a second writer of the same version cannot commit.
        UNIQUE (case_id, version)
      )`);
    await db.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        case_id uuid REFERENCES case_file(id),
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text
      )`);
    await db.query(`CREATE INDEX outbox_unrelayed_idx ON outbox (id) WHERE relayed_at IS NULL`);
    await db.query(`CREATE INDEX outbox_case_idx ON outbox (case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox`);
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_event_append_only()`);
    await db.query(`DROP TABLE case_expert`);
    await db.query(`DROP TABLE case_file`);
    await db.query(`DROP INDEX company_registration_number_trgm_idx`);
    await db.query(`DROP INDEX company_name_trgm_idx`);
  }
}
