import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The case list at 100,000 cases (issue 9). Each sort has an index that carries the id
 * tie-breaker and the columns the filters read, so a count or a deep page is an index-only scan.
 * Sorting by company needs the name on the case row: `company_name` is copied from the company
 * by triggers (on a new case, and when a company is renamed or anonymised).
 */
export class CaseListIndexes1795705000000 implements MigrationInterface {
  name = 'CaseListIndexes1795705000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE case_file ADD COLUMN company_name text`);
    await db.query(
      `UPDATE case_file cf SET company_name = c.name FROM company c WHERE c.id = cf.company_id`,
    );
    await db.query(`ALTER TABLE case_file ALTER COLUMN company_name SET NOT NULL`);
    await db.query(`
      CREATE FUNCTION case_file_company_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT c.name INTO NEW.company_name FROM company c WHERE c.id = NEW.company_id;
        RETURN NEW;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER case_file_company_name BEFORE INSERT OR UPDATE OF company_id ON case_file
        FOR EACH ROW EXECUTE FUNCTION case_file_company_name()`);
    await db.query(`
      CREATE FUNCTION company_name_to_cases() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE case_file SET company_name = NEW.name WHERE company_id = NEW.id;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER company_name_to_cases AFTER UPDATE OF name ON company
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION company_name_to_cases()`);

    await db.query(`DROP INDEX case_file_opened_idx`);
    await db.query(`DROP INDEX case_file_updated_idx`);
    for (const [name, column] of [
      ['case_file_opened_idx', 'opened_at DESC, id DESC'],
      ['case_file_updated_idx', 'updated_at DESC, id DESC'],
      ['case_file_company_name_idx', 'company_name, id'],
    ]) {
      await db.query(
        `CREATE INDEX ${name} ON case_file (programme_id, ${column}) INCLUDE (municipality_id, state)`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX case_file_company_name_idx`);
    await db.query(`DROP INDEX case_file_updated_idx`);
    await db.query(`DROP INDEX case_file_opened_idx`);
    await db.query(`CREATE INDEX case_file_opened_idx ON case_file (programme_id, opened_at DESC)`);
    await db.query(
      `CREATE INDEX case_file_updated_idx ON case_file (programme_id, updated_at DESC)`,
    );
    await db.query(`DROP TRIGGER company_name_to_cases ON company`);
    await db.query(`DROP FUNCTION company_name_to_cases()`);
    await db.query(`DROP TRIGGER case_file_company_name ON case_file`);
    await db.query(`DROP FUNCTION case_file_company_name()`);
    await db.query(`ALTER TABLE case_file DROP COLUMN company_name`);
  }
}
