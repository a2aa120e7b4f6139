import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The dashboard's "needs attention" lists read the oldest few rows in index order instead of
 * sorting every open case (121 ms and 59 ms at 100,000 cases before).
 */
export class DashboardAttentionIndexes1795707000000 implements MigrationInterface {
  name = 'DashboardAttentionIndexes1795707000000';

  async up(db: QueryRunner): Promise<void> {
    // Stale cases: open cases by their last event.
    await db.query(
      `CREATE INDEX case_file_open_last_event_idx ON case_file (programme_id, last_event_at, id)
         INCLUDE (municipality_id, state) WHERE state NOT IN ('completed', 'withdrawn')`,
    );
    // The same for one municipality's dashboard: a few of its cases, not all the programme's.
    await db.query(
      `CREATE INDEX case_file_open_municipality_event_idx
         ON case_file (municipality_id, last_event_at, id) INCLUDE (state)
         WHERE state NOT IN ('completed', 'withdrawn')`,
    );
    // Agreements waiting for signatures: the open versions in the order they were sent.
    await db.query(
      `CREATE INDEX agreement_version_open_sent_idx ON agreement_version (sent_at, case_id)
         WHERE status IN ('sent', 'signed')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX agreement_version_open_sent_idx`);
    await db.query(`DROP INDEX case_file_open_municipality_event_idx`);
    await db.query(`DROP INDEX case_file_open_last_event_idx`);
  }
}
