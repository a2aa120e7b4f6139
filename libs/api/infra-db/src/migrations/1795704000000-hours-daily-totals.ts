import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** What a set of time-entry rows adds to the daily totals: `sign` 1 adds, -1 takes away. */
const CHANGES_OF = (rows: string, sign: 1 | -1) => `
  SELECT t.programme_id, cf.municipality_id, t.work_date, t.person_kind,
         ${sign} * sum(t.hours) AS hours, ${sign} * count(*) AS entries
    FROM ${rows} t JOIN case_file cf ON cf.id = t.case_id
   WHERE t.status = 'approved'
   GROUP BY 1, 2, 3, 4`;

/** Adds the changes to the totals; a change that nets to nothing writes nothing. */
const UPSERT = (changes: string) => `
  INSERT INTO approved_hours_daily AS d
         (programme_id, municipality_id, work_date, person_kind, hours, entries)
  SELECT programme_id, municipality_id, work_date, person_kind, sum(hours), sum(entries)
    FROM (${changes}) c
   GROUP BY 1, 2, 3, 4
  HAVING sum(entries) <> 0 OR sum(hours) <> 0
   ORDER BY 1, 3, 2, 4
  ON CONFLICT (programme_id, work_date, municipality_id, person_kind) DO UPDATE
    SET hours = d.hours + EXCLUDED.hours, entries = d.entries + EXCLUDED.entries`;

/**
 * The dashboard's hours (issue 8/9): approved hours per programme, municipality, day and person
 * kind, kept by statement triggers in the transaction that approves, rejects, edits or deletes
 * time entries, so the dashboard sums a few thousand rows instead of millions of entries.
 * A case's municipality never changes once the case is opened, so the key holds.
 */
export class HoursDailyTotals1795704000000 implements MigrationInterface {
  name = 'HoursDailyTotals1795704000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE approved_hours_daily (
        programme_id uuid NOT NULL REFERENCES programme(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        work_date date NOT NULL,
        person_kind text NOT NULL,
        hours numeric(14, 2) NOT NULL,
        entries integer NOT NULL,
        PRIMARY KEY (programme_id, work_date, municipality_id, person_kind)
      )`);
    // One upsert per statement, in key order, so that two approvals never wait on each other in
    // a cycle. Each branch names only the transition tables its event has.
    await db.query(`
      CREATE FUNCTION approved_hours_daily_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${UPSERT(CHANGES_OF('new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${UPSERT(CHANGES_OF('old_rows', -1))};
        ELSE
          ${UPSERT(`${CHANGES_OF('new_rows', 1)} UNION ALL ${CHANGES_OF('old_rows', -1)}`)};
        END IF;
        RETURN NULL;
      END
      $$`);
    // A trigger with transition tables serves one event.
    await db.query(`
      CREATE TRIGGER approved_hours_daily_insert AFTER INSERT ON time_entry
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION approved_hours_daily_track()`);
    await db.query(`
      CREATE TRIGGER approved_hours_daily_update AFTER UPDATE ON time_entry
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION approved_hours_daily_track()`);
    await db.query(`
      CREATE TRIGGER approved_hours_daily_delete AFTER DELETE ON time_entry
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION approved_hours_daily_track()`);
    // Recomputes every total from the entries: for this migration, and for bulk loads that
    // bypass triggers (the benchmark's generator loads in replica mode).
    await db.query(`
      CREATE FUNCTION approved_hours_daily_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM approved_hours_daily;
        INSERT INTO approved_hours_daily
               (programme_id, municipality_id, work_date, person_kind, hours, entries)
        ${CHANGES_OF('time_entry', 1)};
      $$`);
    await db.query(`SELECT approved_hours_daily_rebuild()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER approved_hours_daily_insert ON time_entry`);
    await db.query(`DROP TRIGGER approved_hours_daily_update ON time_entry`);
    await db.query(`DROP TRIGGER approved_hours_daily_delete ON time_entry`);
    await db.query(`DROP FUNCTION approved_hours_daily_track()`);
    await db.query(`DROP FUNCTION approved_hours_daily_rebuild()`);
    await db.query(`DROP TABLE approved_hours_daily`);
  }
}
