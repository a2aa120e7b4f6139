import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The company register (issue 4): address, sector (NACE), turnover band, the size band derived
 * from employees (stored, so that lists filter and funder reports group on it), contact people.
 */
export class CompanyRegister1795600000000 implements MigrationInterface {
  name = 'CompanyRegister1795600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE company
        ADD COLUMN sector_code text CHECK (sector_code ~ '^[0-9]{2}(\\.[0-9]{1,2})?$'),
        ADD COLUMN address_line text CHECK (length(address_line) <= 200),
        ADD COLUMN postal_code text CHECK (length(postal_code) <= 20),
        ADD COLUMN city text CHECK (length(city) <= 100),
        ADD COLUMN turnover_band text
          CHECK (turnover_band IN ('upTo2m', 'upTo10m', 'upTo50m', 'over50m')),
        -- Must match sizeBandOf() in @techpact/api/companies.
        ADD COLUMN size_band text GENERATED ALWAYS AS (
          CASE WHEN employees IS NULL THEN NULL
               WHEN employees < 10 THEN 'micro'
               WHEN employees < 50 THEN 'small'
               WHEN employees < 250 THEN 'medium'
               ELSE 'large' END) STORED`);
    await db.query(
      `CREATE INDEX company_programme_sector_idx ON company (programme_id, sector_code text_pattern_ops)`,
    );
    await db.query(`CREATE INDEX company_programme_size_idx ON company (programme_id, size_band)`);
    await db.query(`
      CREATE TABLE company_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text CHECK (length(role) <= 100),
        email text CHECK (email = lower(email) AND length(email) <= 254),
        phone text CHECK (length(phone) <= 40),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX company_contact_company_idx ON company_contact (company_id)`);
    await db.query(
      `CREATE UNIQUE INDEX company_contact_email_key ON company_contact (company_id, email) WHERE email IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE company_contact`);
    await db.query(`DROP INDEX company_programme_size_idx`);
    await db.query(`DROP INDEX company_programme_sector_idx`);
    await db.query(`
      ALTER TABLE company
        DROP COLUMN size_band, DROP COLUMN turnover_band, DROP COLUMN city,
        DROP COLUMN postal_code, DROP COLUMN address_line, DROP COLUMN sector_code`);
  }
}
