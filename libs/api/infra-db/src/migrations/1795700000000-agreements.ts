import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Technology agreements (DESIGN §2, §5): versions, their upgrades, SME signers with their
 * single-use links and signing evidence. A version is a draft until sent; from then on its
 * content never changes (a trigger refuses it), and changing course means a new version.
 */
export class Agreements1795700000000 implements MigrationInterface {
  name = 'Agreements1795700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreement_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        number integer NOT NULL CHECK (number > 0),
        -- draft → sent → signed (every SME signer) → in_force → superseded (by an amendment);
        -- sent | signed → recalled; sent → declined.
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'sent', 'signed', 'in_force', 'superseded', 'recalled', 'declined')),
        -- The version in force when this one was drafted as an amendment (null for the first).
        amends_version_id uuid REFERENCES agreement_version(id),
        title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 5000),
        goals text NOT NULL DEFAULT '' CHECK (length(goals) <= 5000),
        nda_clause text CHECK (length(nda_clause) <= 5000),
        -- Frozen at SEND_FOR_SIGNATURE: the exact PDF the signers see and its SHA-256 (hex).
        document_pdf bytea,
        document_hash text CHECK (document_hash ~ '^[0-9a-f]{64}$'),
        sent_at timestamptz,
        sent_by uuid REFERENCES app_user(id),
        signing_expires_at timestamptz,
        countersigned_at timestamptz,
        countersigned_by uuid REFERENCES app_user(id),
        -- The final PDF (agreement + certificate page + PAdES signature), made once at countersign.
        signed_pdf bytea,
        signed_pdf_hash text CHECK (signed_pdf_hash ~ '^[0-9a-f]{64}$'),
        in_force_at timestamptz,
        closed_reason text CHECK (length(closed_reason) <= 2000),
        row_version integer NOT NULL DEFAULT 0 CHECK (row_version >= 0),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, number),
        CHECK (status = 'draft' OR (document_pdf IS NOT NULL AND document_hash IS NOT NULL AND sent_at IS NOT NULL)),
        CHECK (status <> 'in_force' OR (signed_pdf IS NOT NULL AND in_force_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX agreement_version_one_draft ON agreement_version (case_id) WHERE status = 'draft'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX agreement_version_one_out ON agreement_version (case_id)
        WHERE status IN ('sent', 'signed')`,
    );
    await db.query(
      `CREATE UNIQUE INDEX agreement_version_one_in_force ON agreement_version (case_id)
        WHERE status = 'in_force'`,
    );

    await db.query(`
      CREATE TABLE agreement_upgrade (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
        -- Stable across versions: an amendment copies it, so the activity carries on.
        lineage_id uuid NOT NULL DEFAULT gen_random_uuid(),
        position integer NOT NULL CHECK (position >= 0),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        category text NOT NULL DEFAULT '' CHECK (length(category) <= 100),
        expert_id uuid REFERENCES app_user(id),
        planned_hours numeric(7, 2) CHECK (planned_hours > 0 AND planned_hours <= 10000),
        target_date date,
        -- The assessment suggestion it came from (one click), to avoid adding it twice.
        suggestion_key text CHECK (length(suggestion_key) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (version_id, lineage_id)
      )`);
    await db.query(
      `CREATE INDEX agreement_upgrade_version_idx ON agreement_upgrade (version_id, position)`,
    );
    await db.query(`CREATE INDEX agreement_upgrade_expert_idx ON agreement_upgrade (expert_id)`);

    await db.query(`
      CREATE TABLE agreement_signer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES company_contact(id),
        user_id uuid REFERENCES app_user(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        language text NOT NULL DEFAULT 'da' CHECK (language IN ('en', 'da')),
        -- The link: SHA-256 of the random token (the token itself is only in the e-mail).
        token_hash text UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        link_expires_at timestamptz,
        link_status text NOT NULL DEFAULT 'pending'
          CHECK (link_status IN ('pending', 'active', 'used', 'recalled', 'superseded')),
        -- Evidence of the signature (DESIGN §5).
        signed_at timestamptz,
        signed_name text CHECK (length(signed_name) BETWEEN 1 AND 200),
        signed_ip text,
        signed_user_agent text CHECK (length(signed_user_agent) <= 1000),
        signed_hash text CHECK (signed_hash ~ '^[0-9a-f]{64}$'),
        declined_at timestamptz,
        decline_reason text CHECK (length(decline_reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (version_id, email),
        CHECK (signed_at IS NULL OR (signed_name IS NOT NULL AND signed_hash IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX agreement_signer_version_idx ON agreement_signer (version_id)`);
    await db.query(`CREATE INDEX agreement_signer_user_idx ON agreement_signer (user_id)`);

    // A sent version's content and its upgrades are frozen: only status, signing and closing
    // columns may change. Enforced here too so that no code path can edit what was signed.
    await db.query(`
      CREATE FUNCTION agreement_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'draft' AND (
             NEW.title IS DISTINCT FROM OLD.title OR NEW.summary IS DISTINCT FROM OLD.summary
          OR NEW.goals IS DISTINCT FROM OLD.goals OR NEW.nda_clause IS DISTINCT FROM OLD.nda_clause
          OR NEW.document_pdf IS DISTINCT FROM OLD.document_pdf
          OR NEW.document_hash IS DISTINCT FROM OLD.document_hash
          OR (OLD.signed_pdf IS NOT NULL AND NEW.signed_pdf IS DISTINCT FROM OLD.signed_pdf)) THEN
          RAISE EXCEPTION 'agreement version % was sent and cannot change', OLD.number
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER agreement_version_frozen BEFORE UPDATE ON agreement_version
        FOR EACH ROW EXECUTE FUNCTION agreement_version_frozen()`);
    await db.query(`
      CREATE FUNCTION agreement_upgrade_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        version_status text;
      BEGIN
        SELECT status INTO version_status FROM agreement_version
         WHERE id = COALESCE(NEW.version_id, OLD.version_id);
        IF version_status IS NOT NULL AND version_status <> 'draft' THEN
          RAISE EXCEPTION 'the upgrades of a sent agreement version cannot change'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$`);
    await db.query(`
      CREATE TRIGGER agreement_upgrade_frozen BEFORE INSERT OR UPDATE OR DELETE ON agreement_upgrade
        FOR EACH ROW EXECUTE FUNCTION agreement_upgrade_frozen()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreement_signer`);
    await db.query(`DROP TABLE agreement_upgrade`);
    await db.query(`DROP FUNCTION agreement_upgrade_frozen()`);
    await db.query(`DROP TABLE agreement_version`);
    await db.query(`DROP FUNCTION agreement_version_frozen()`);
  }
}
