/**
 * Time entries on the started activities and the programme's locked months, within the rules
 * the timesheet library enforces on logging: the expert of the activity (assigned to the case)
 * or the company's SME user; quarter hours; never in the future or after the activity ended;
 * at most 24 hours per person and day; drafts and submissions only on open cases in the last
 * two months (older months are approved, and locked from three months back). Hours go back two
 * years.
 */
import { type Client } from 'pg';

/** How far back hours go. */
const HISTORY_DAYS = 730;

export async function insertTimeEntries(
  client: Client,
  programmeId: string,
  adminId: string,
  entries: number,
): Promise<void> {
  // Entries per activity, weighted by its planned hours, adding up to `entries` exactly.
  await client.query(
    `CREATE TEMP TABLE bench_activity AS
     WITH a AS MATERIALIZED (
       SELECT a.id, a.case_id, a.expert_id, c.sme_user_id, c.coordinator_id, p.closed,
              p.activities_closed, greatest(a.started_at::date, current_date - $2::int) AS first_day,
              least(COALESCE(a.done_at, a.cancelled_at, c.work_to), now() - interval '1 day')::date AS last_day,
              a.planned_hours::bigint AS w, c.n
         FROM activity a
         JOIN bench_case c ON c.case_id = a.case_id
         JOIN bench_path p ON p.idx = c.path_idx
        WHERE a.started_at IS NOT NULL
          -- Hours of the last two years only: an activity that ended before has none.
          AND COALESCE(a.done_at, a.cancelled_at, c.work_to) >= current_date - $2::int),
     cum AS (SELECT a.*, (sum(w) OVER (ORDER BY n, id))::bigint AS cw, (sum(w) OVER ())::bigint AS tw FROM a)
     SELECT cum.*, greatest(cum.last_day, cum.first_day) AS until_day,
            ($1::bigint * cw) / tw - ($1::bigint * (cw - w)) / tw AS entries
       FROM cum`,
    [entries, HISTORY_DAYS],
  );
  // Hours are capped per person and day afterwards: a day with k entries allows 24/k each.
  await client.query(
    `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date,
                             hours, note, status, submitted_at, reviewed_by, reviewed_at,
                             reject_reason, created_at, updated_at)
     SELECT $1, e.case_id, e.activity_id, e.user_id, e.person_kind, e.work_date,
            least(e.hours, floor(96.0 / count(*) OVER (PARTITION BY e.user_id, e.work_date)) / 4),
            e.note, e.status,
            CASE WHEN e.status <> 'draft' THEN e.logged_at + interval '2 days' END,
            CASE WHEN e.status IN ('approved', 'rejected') THEN e.coordinator_id END,
            CASE WHEN e.status IN ('approved', 'rejected') THEN e.logged_at + interval '5 days' END,
            CASE WHEN e.status = 'rejected' THEN 'Please split the hours per upgrade.' END,
            e.logged_at, e.logged_at
       FROM (
         SELECT d.*, least(d.work_date + interval '18 hours', now() - interval '6 days') AS logged_at,
                CASE WHEN d.closed OR d.activities_closed OR d.work_date < current_date - 60 THEN 'approved'
                     WHEN d.r_status < 0.60 THEN 'approved' WHEN d.r_status < 0.85 THEN 'submitted'
                     WHEN d.r_status < 0.97 THEN 'draft' ELSE 'rejected' END AS status
           FROM (
             SELECT b.case_id, b.id AS activity_id, b.coordinator_id, b.closed, b.activities_closed,
                    k.kind AS person_kind,
                    CASE k.kind WHEN 'sme' THEN b.sme_user_id ELSE b.expert_id END AS user_id,
                    b.first_day + floor(random() * (b.until_day - b.first_day + 1))::int AS work_date,
                    CASE k.kind WHEN 'sme' THEN 0.5 + 0.25 * floor(random() * 7)
                                ELSE 0.5 + 0.25 * floor(random() * 11) END AS hours,
                    CASE WHEN random() < 0.3 THEN 'Workshop and follow-up' ELSE '' END AS note,
                    random() AS r_status
               FROM bench_activity b
               CROSS JOIN LATERAL generate_series(1, b.entries) g(i)
               CROSS JOIN LATERAL (SELECT CASE WHEN b.sme_user_id IS NOT NULL AND random() < 0.4
                                               THEN 'sme' ELSE 'expert' END AS kind
                                    WHERE g.i > 0) k
           ) d
       ) e
      ORDER BY e.work_date, e.user_id`,
    [programmeId],
  );
  // Months from two years back to three months ago are locked (by the admin, early next month).
  await client.query(
    `WITH months AS (
       SELECT m::date AS month FROM generate_series(
         date_trunc('month', now() - interval '24 months'),
         date_trunc('month', now() - interval '3 months'), interval '1 month') m),
     locks AS (
       INSERT INTO time_period_lock (programme_id, month, locked_by, locked_at)
       SELECT $1, month, $2, month + interval '1 month 5 days' FROM months
       RETURNING month, locked_at)
     INSERT INTO time_period_lock_event (programme_id, month, action, actor_id, created_at)
     SELECT $1, month, 'lock', $2, locked_at FROM locks`,
    [programmeId, adminId],
  );
}
