import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The case list's total (issue 9): counting 100,000 cases on every page costs more than the
 * page itself, so cases are counted per programme, municipality and state by a trigger. The
 * list reads these counts when its filters are only scope, municipality and state.
 */
export class CaseStateCounts1795706000000 implements MigrationInterface {
  name = 'CaseStateCounts1795706000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_state_count (
        programme_id uuid NOT NULL REFERENCES programme(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        state text NOT NULL,
        cases integer NOT NULL,
        PRIMARY KEY (programme_id, municipality_id, state)
      )`);
    // One statement over both rows in key order, so that a pause and a resume of two cases of
    // one municipality never lock the same two rows in opposite orders. (On INSERT, OLD is
    // NULL; on DELETE, NEW is.)
    await db.query(`
      CREATE FUNCTION case_state_count_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO case_state_count AS c (programme_id, municipality_id, state, cases)
        SELECT v.programme_id, v.municipality_id, v.state, sum(v.change)
          FROM (VALUES (OLD.programme_id, OLD.municipality_id, OLD.state, -1),
                       (NEW.programme_id, NEW.municipality_id, NEW.state, 1))
               AS v(programme_id, municipality_id, state, change)
         WHERE v.programme_id IS NOT NULL
         GROUP BY 1, 2, 3 HAVING sum(v.change) <> 0
         ORDER BY 1, 2, 3
        ON CONFLICT (programme_id, municipality_id, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
        RETURN NULL;
      END
      $$`);
    // Per row and deferred to the commit: the transitions of a municipality's cases in one
    // state meet on one row, which is then locked only while the transaction commits. Each
    // event keeps its own old and new row, so two changes in one transaction count in turn.
    await db.query(`
      CREATE CONSTRAINT TRIGGER case_state_count_track
        AFTER INSERT OR DELETE OR UPDATE OF state, municipality_id, programme_id ON case_file
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        EXECUTE FUNCTION case_state_count_track()`);
    // For this migration, and for bulk loads that bypass triggers (the benchmark's generator).
    await db.query(`
      CREATE FUNCTION case_state_count_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM case_state_count;
        INSERT INTO case_state_count (programme_id, municipality_id, state, cases)
        SELECT programme_id, municipality_id, state, count(*) FROM case_file GROUP BY 1, 2, 3;
      $$`);
    await db.query(`SELECT case_state_count_rebuild()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER case_state_count_track ON case_file`);
    await db.query(`DROP FUNCTION case_state_count_track()`);
    await db.query(`DROP FUNCTION case_state_count_rebuild()`);
    await db.query(`DROP TABLE case_state_count`);
  }
}
