import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Programmes, municipalities, companies, accounts, sessions, invitations and the mailbox. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        funder text,
        starts_on date,
        ends_on date,
        time_zone text NOT NULL DEFAULT 'Europe/Copenhagen',
        country char(2) NOT NULL DEFAULT 'DK',
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (programme_id, name)
      )`);
    await db.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        registration_number text NOT NULL,
        country char(2) NOT NULL DEFAULT 'DK',
        employees integer CHECK (employees >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (programme_id, country, registration_number)
      )`);
    await db.query(`CREATE INDEX company_municipality_idx ON company (municipality_id)`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'expert', 'sme')),
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'da')),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        company_id uuid REFERENCES company(id),
        organisation text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_sme_has_company CHECK ((role = 'sme') = (company_id IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await db.query(`
      CREATE TABLE coordinator_municipality (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        PRIMARY KEY (user_id, municipality_id)
      )`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await db.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, created_at)`);
    await db.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, created_at)`);
    await db.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        programme_id uuid NOT NULL REFERENCES programme(id),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'expert', 'sme')),
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'da')),
        municipality_ids uuid[] NOT NULL DEFAULT '{}',
        company_id uuid REFERENCES company(id),
        organisation text,
        invited_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        user_id uuid REFERENCES app_user(id)
      )`);
    await db.query(`CREATE INDEX invitation_email_idx ON invitation (email)`);
    await db.query(`
      CREATE TABLE mail_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        transport text NOT NULL CHECK (transport IN ('smtp', 'mailbox')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX mail_message_created_idx ON mail_message (created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'mail_message',
      'invitation',
      'login_failure',
      'user_session',
      'coordinator_municipality',
      'app_user',
      'company',
      'municipality',
      'programme',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
