import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The dashboard's figures (issue 8/9), pre-aggregated per programme, municipality, day, figure
 * and part, and kept by triggers in the transaction that changes the data, so that a dashboard
 * sums a few thousand rows instead of scanning cases, activities, stays and time entries.
 *
 * Each source row contributes rows `(programme, municipality, day, figure, part, n, total,
 * total_b)`; a statement trigger takes away what the old rows contributed and adds what the new
 * rows contribute. Every change is written twice: for its municipality and for the whole
 * programme (municipality NULL), so that the programme's dashboard reads one row per day.
 * Days are calendar days in the programme's time zone, as the dashboard's periods are.
 */

const DAY = (ts: string) => `(${ts} AT TIME ZONE p.time_zone)::date`;

/** What case rows contribute: the funnel (by opening day), and outcomes once completed. */
const CASE_FIGURES = (cases: string, outcomes: string) => `
  SELECT cf.programme_id, cf.municipality_id, ${DAY('cf.opened_at')} AS day,
         'cases' AS figure, split_part(cf.state, '.', 1) AS part, 1 AS n, 0 AS total, 0 AS total_b
    FROM ${cases} cf JOIN programme p ON p.id = cf.programme_id
  UNION ALL
  ${OUTCOME_FIGURES(cases, outcomes)}`;

/** Outcomes count on the day a case was completed (its last event: completed is final). */
const OUTCOME_FIGURES = (cases: string, outcomes: string) => `
  SELECT cf.programme_id, cf.municipality_id, ${DAY('cf.last_event_at')},
         f.figure, f.part, 1, f.total, 0
    FROM ${cases} cf
    JOIN ${outcomes} o ON o.case_id = cf.id
    JOIN programme p ON p.id = cf.programme_id
   CROSS JOIN LATERAL (VALUES ('jobs', '', o.jobs_created),
                              ('newProducts', cf.company_id::text, NULL)) f(figure, part, total)
   WHERE cf.state = 'completed' AND (f.figure = 'jobs' OR o.new_products > 0)`;

const ACTIVITY_FIGURES = (activities: string) => `
  SELECT cf.programme_id, cf.municipality_id, ${DAY('f.at')}, 'activities', f.part, 1, 0, 0
    FROM ${activities} a
    JOIN case_file cf ON cf.id = a.case_id
    JOIN programme p ON p.id = cf.programme_id
   CROSS JOIN LATERAL (VALUES
     ('identified', a.created_at, a.status <> 'cancelled'),
     ('started', COALESCE(a.started_at, a.done_at), a.status IN ('in_progress', 'done')),
     ('done', a.done_at, a.status = 'done')) f(part, at, counts)
   WHERE f.counts AND f.at IS NOT NULL`;

const HOUR_FIGURES = (entries: string) => `
  SELECT t.programme_id, cf.municipality_id, t.work_date, 'hours', t.person_kind, 1, t.hours, 0
    FROM ${entries} t JOIN case_file cf ON cf.id = t.case_id
   WHERE t.status = 'approved'`;

/**
 * A case counts once, on the day its first agreement came into force (amendments are not new).
 * "First" is read from the table: versions come into force one after another and a sent version
 * is never deleted, so a version that was first stays first.
 */
const SIGNED_FIGURES = (versions: string) => `
  SELECT cf.programme_id, cf.municipality_id, ${DAY('v.in_force_at')}, 'signed', '', 1, 0, 0
    FROM ${versions} v
    JOIN case_file cf ON cf.id = v.case_id
    JOIN programme p ON p.id = cf.programme_id
   WHERE v.status IN ('in_force', 'superseded') AND v.in_force_at IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM agreement_version e
                      WHERE e.case_id = v.case_id AND e.status IN ('in_force', 'superseded')
                        AND e.in_force_at < v.in_force_at)`;

/** T0 → T1 per dimension, on the day T1 was submitted (submitted assessments are frozen). */
const CHANGE_FIGURES = (assessments: string) => `
  SELECT cf.programme_id, cf.municipality_id, ${DAY('a1.submitted_at')}, 'assessmentChange',
         s1.dimension_id::text, 1, s0.score, s1.score
    FROM ${assessments} a1
    JOIN case_file cf ON cf.id = a1.case_id
    JOIN programme p ON p.id = cf.programme_id
    JOIN assessment a0 ON a0.case_id = a1.case_id AND a0.kind = 'T0' AND a0.submitted_at IS NOT NULL
    JOIN assessment_score s1 ON s1.assessment_id = a1.id AND s1.score IS NOT NULL
    JOIN assessment_score s0 ON s0.assessment_id = a0.id
                            AND s0.dimension_id = s1.dimension_id AND s0.score IS NOT NULL
   WHERE a1.kind = 'T1' AND a1.submitted_at IS NOT NULL`;

/**
 * A case's whole time in a stage, counted on the day it last left the stage: the average per
 * case stays exact when a pause splits a stage into several stays.
 */
const STAGE_FIGURES = (stays: string) => `
  SELECT s.programme_id, s.municipality_id, ${DAY('max(s.left_at)')}, 'stageDays', s.stage, 1,
         sum(extract(epoch FROM s.left_at - s.entered_at)) / 86400, 0
    FROM ${stays} s JOIN programme p ON p.id = s.programme_id
   WHERE s.left_at IS NOT NULL
   GROUP BY s.case_id, s.stage, s.programme_id, s.municipality_id, p.time_zone`;

/** Adds signed changes to the totals (and to the programme's roll-up), in key order. */
const UPSERT = (changes: string) => `
  INSERT INTO dashboard_daily AS d
         (programme_id, municipality_id, day, figure, part, n, total, total_b)
  SELECT c.programme_id, m.municipality_id, c.day, c.figure, c.part,
         sum(c.n), sum(c.total), sum(c.total_b)
    FROM (${changes}) c(programme_id, municipality_id, day, figure, part, n, total, total_b)
   CROSS JOIN LATERAL (VALUES (c.municipality_id), (NULL::uuid)) m(municipality_id)
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(c.n) <> 0 OR sum(c.total) <> 0 OR sum(c.total_b) <> 0
   ORDER BY 1, 4, 2 NULLS FIRST, 3, 5
  ON CONFLICT ON CONSTRAINT dashboard_daily_key DO UPDATE
    SET n = d.n + EXCLUDED.n, total = d.total + EXCLUDED.total,
        total_b = d.total_b + EXCLUDED.total_b`;

const signed = (sign: 1 | -1) => (figures: string) => `
  SELECT programme_id, municipality_id, day, figure, part, ${sign} * n,
         ${sign} * COALESCE(total, 0), ${sign} * COALESCE(total_b, 0)
    FROM (${figures}) f(programme_id, municipality_id, day, figure, part, n, total, total_b)`;
const plus = signed(1);
const minus = signed(-1);

/** Statement triggers on each source table: `figures(rows)` builds the contributions. */
const TRACKED: readonly [table: string, figures: (rows: string) => string][] = [
  ['case_file', (rows) => CASE_FIGURES(rows, 'case_outcome')],
  ['case_outcome', (rows) => OUTCOME_FIGURES('case_file', rows)],
  ['activity', ACTIVITY_FIGURES],
  ['time_entry', HOUR_FIGURES],
  ['agreement_version', SIGNED_FIGURES],
  ['assessment', CHANGE_FIGURES],
];

const EVENTS = [
  ['insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS old_rows'],
] as const;

export class DashboardDaily1795704000000 implements MigrationInterface {
  name = 'DashboardDaily1795704000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dashboard_daily (
        programme_id uuid NOT NULL REFERENCES programme(id),
        -- NULL: the whole programme.
        municipality_id uuid REFERENCES municipality(id),
        day date NOT NULL,
        figure text NOT NULL,
        part text NOT NULL,
        n bigint NOT NULL,
        total numeric NOT NULL,
        total_b numeric NOT NULL,
        CONSTRAINT dashboard_daily_key
          UNIQUE NULLS NOT DISTINCT (programme_id, figure, municipality_id, day, part)
      )`);
    for (const [table, figures] of TRACKED) {
      // Each branch names only the transition tables its event has.
      await db.query(`
        CREATE FUNCTION dashboard_daily_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            ${UPSERT(plus(figures('new_rows')))};
          ELSIF TG_OP = 'DELETE' THEN
            ${UPSERT(minus(figures('old_rows')))};
          ELSE
            ${UPSERT(`${plus(figures('new_rows'))} UNION ALL ${minus(figures('old_rows'))}`)};
          END IF;
          RETURN NULL;
        END
        $$`);
      // A trigger with transition tables serves one event.
      for (const [suffix, event, tables] of EVENTS) {
        await db.query(`
          CREATE TRIGGER dashboard_daily_${suffix} AFTER ${event} ON ${table}
            REFERENCING ${tables}
            FOR EACH STATEMENT EXECUTE FUNCTION dashboard_daily_${table}()`);
      }
    }
    // The T0 → T1 figures are taken when T1 is submitted: a submitted assessment's scores are
    // frozen (as the service already keeps them), so nothing can move under the totals.
    await db.query(`
      CREATE FUNCTION assessment_score_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM assessment a
                    WHERE a.id IN (NEW.assessment_id, OLD.assessment_id)
                      AND a.submitted_at IS NOT NULL) THEN
          RAISE EXCEPTION 'the scores of a submitted assessment cannot change'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$`);
    await db.query(`
      CREATE TRIGGER assessment_score_frozen BEFORE INSERT OR UPDATE OR DELETE ON assessment_score
        FOR EACH ROW EXECUTE FUNCTION assessment_score_frozen()`);
    // A case's earlier stays in the same stage are read back, so that its whole time in the
    // stage moves to the day it last left it. Stays of a case close in id order, so adding "up to
    // this stay" and taking away "before this stay" telescopes. Deferred to the commit: the
    // programme's row for today is shared by every case leaving that stage today, and is then
    // locked only while the transaction commits.
    await db.query(
      `CREATE INDEX case_stage_stay_case_stage_idx ON case_stage_stay (case_id, stage, id)`,
    );
    const staysOfCase = (op: '<' | '<=') =>
      `(SELECT * FROM case_stage_stay
         WHERE case_id = NEW.case_id AND stage = NEW.stage AND id ${op} NEW.id)`;
    await db.query(`
      CREATE FUNCTION dashboard_daily_case_stage_stay() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${UPSERT(`${plus(STAGE_FIGURES(staysOfCase('<=')))} UNION ALL ${minus(STAGE_FIGURES(staysOfCase('<')))}`)};
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER dashboard_daily_stay_closed AFTER UPDATE OF left_at ON case_stage_stay
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (OLD.left_at IS NULL AND NEW.left_at IS NOT NULL)
        EXECUTE FUNCTION dashboard_daily_case_stage_stay()`);
    // Recomputes every figure from the data: for this migration, and for bulk loads that bypass
    // triggers (the benchmark's generator loads in replica mode).
    await db.query(`
      CREATE FUNCTION dashboard_daily_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM dashboard_daily;
        ${UPSERT(
          [
            CASE_FIGURES('case_file', 'case_outcome'),
            ACTIVITY_FIGURES('activity'),
            HOUR_FIGURES('time_entry'),
            SIGNED_FIGURES('agreement_version'),
            CHANGE_FIGURES('assessment'),
            STAGE_FIGURES('case_stage_stay'),
          ]
            .map(plus)
            .join(' UNION ALL '),
        )};
      $$`);
    await db.query(`SELECT dashboard_daily_rebuild()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER assessment_score_frozen ON assessment_score`);
    await db.query(`DROP FUNCTION assessment_score_frozen()`);
    await db.query(`DROP TRIGGER dashboard_daily_stay_closed ON case_stage_stay`);
    await db.query(`DROP FUNCTION dashboard_daily_case_stage_stay()`);
    await db.query(`DROP INDEX case_stage_stay_case_stage_idx`);
    for (const [table] of TRACKED) {
      for (const [suffix] of EVENTS)
        await db.query(`DROP TRIGGER dashboard_daily_${suffix} ON ${table}`);
      await db.query(`DROP FUNCTION dashboard_daily_${table}()`);
    }
    await db.query(`DROP FUNCTION dashboard_daily_rebuild()`);
    await db.query(`DROP TABLE dashboard_daily`);
  }
}
