import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Saved views of the case list: a person's named filters, kept on the server so that they follow
 * the person across devices. Names are unique per person regardless of case.
 */
export class SavedCaseViews1795703000000 implements MigrationInterface {
  name = 'SavedCaseViews1795703000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE saved_case_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES programme(id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80 AND name = btrim(name)),
        -- Only known case-list parameters, validated by the API as the case list validates them.
        query jsonb NOT NULL CHECK (jsonb_typeof(query) = 'object'),
        position integer NOT NULL CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX saved_case_view_user_name_key ON saved_case_view (user_id, lower(name))`,
    );
    await db.query(`CREATE INDEX saved_case_view_user_idx ON saved_case_view (user_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_case_view`);
  }
}
