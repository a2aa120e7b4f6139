import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The outcomes of a case, recorded at completion (issue 8); one row per case. */
export class Outcomes1795700200000 implements MigrationInterface {
  name = 'Outcomes1795700200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_outcome (
        case_id uuid PRIMARY KEY REFERENCES case_file(id),
        jobs_created integer NOT NULL CHECK (jobs_created BETWEEN 0 AND 10000),
        new_products integer NOT NULL CHECK (new_products BETWEEN 0 AND 10000),
        new_processes integer NOT NULL CHECK (new_processes BETWEEN 0 AND 10000),
        private_investment_dkk bigint NOT NULL CHECK (private_investment_dkk BETWEEN 0 AND 1000000000),
        turnover_effect text NOT NULL CHECK (turnover_effect IN
          ('none', 'upTo5Percent', '5To15Percent', '15To30Percent', 'over30Percent', 'unknown')),
        closing_summary text NOT NULL DEFAULT '' CHECK (length(closing_summary) <= 5000),
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE case_outcome`);
  }
}
