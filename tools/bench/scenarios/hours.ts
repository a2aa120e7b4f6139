import { type LoadRequest, runLoad } from '../load';
import { type BenchContext, type ScenarioResult } from '../types';
import { failuresOf, loadRunFigures } from './common';

const CONCURRENCY = 16;
const HOURS = 0.25;
const DAYS_BACK = 730;

/**
 * Every (activity, day) the bench expert may log a quarter hour on, day-major and spread so that
 * requests in flight are on different days (each write takes the person's day lock): their
 * activities on open cases, past days of unlocked months with room under the 24 h cap.
 */
async function slots(context: BenchContext): Promise<{ activityId: string; date: string }[]> {
  const { rows: experts } = await context.db.query<{ id: string; programmeId: string }>(
    `SELECT id, programme_id AS "programmeId" FROM app_user WHERE email = $1`,
    [context.data.accounts.expert],
  );
  const expert = experts[0];
  if (!expert) throw new Error(`No user ${context.data.accounts.expert}`);
  const { rows: activities } = await context.db.query<{ id: string; cancelledOn: string | null }>(
    `SELECT a.id, to_char(a.cancelled_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS "cancelledOn"
       FROM activity a
       JOIN case_file cf ON cf.id = a.case_id
       JOIN case_expert ce ON ce.case_id = cf.id AND ce.expert_id = $1
       JOIN programme p ON p.id = cf.programme_id
      WHERE cf.state NOT IN ('completed', 'withdrawn')
      ORDER BY a.id LIMIT 200`,
    [expert.id],
  );
  if (activities.length === 0)
    throw new Error(`${context.data.accounts.expert} has no activity on an open case to log on`);
  const { rows: days } = await context.db.query<{ date: string; room: number }>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS date,
            floor((24 - coalesce((SELECT sum(hours) FROM time_entry t
                                   WHERE t.user_id = $1 AND t.work_date = d::date), 0)) / $3)::int AS room
       FROM programme p,
            generate_series((now() AT TIME ZONE p.time_zone)::date - $4::int,
                            (now() AT TIME ZONE p.time_zone)::date - 1, interval '1 day') AS d
      WHERE p.id = $2
        AND NOT EXISTS (SELECT 1 FROM time_period_lock l
                         WHERE l.programme_id = p.id AND l.month = date_trunc('month', d)::date)
      ORDER BY d DESC`,
    [expert.id, expert.programmeId, HOURS, DAYS_BACK],
  );
  const result: { activityId: string; date: string }[] = [];
  const maxRoom = Math.max(0, ...days.map((day) => day.room));
  for (let round = 0; round < maxRoom; round += 1) {
    for (const [i, day] of days.entries()) {
      if (round >= day.room) continue;
      const usable = activities.filter((a) => a.cancelledOn === null || day.date <= a.cancelledOn);
      const activity = usable[(round + i) % Math.max(1, usable.length)];
      if (activity) result.push({ activityId: activity.id, date: day.date });
    }
  }
  return result;
}

/** Scenario 5: logging time entries through the API at concurrency 16 (the bench expert). */
export async function hours(context: BenchContext): Promise<ScenarioResult> {
  const all = await slots(context);
  context.log(
    `  ${all.length} loggable (activity, day) slots for ${context.data.accounts.expert}…`,
  );
  let next = 0;
  const run = await runLoad({
    baseUrl: context.baseUrl,
    connections: CONCURRENCY,
    warmupSeconds: context.options.warmupSeconds,
    durationSeconds: context.options.durationSeconds,
    headers: context.sessions.expert.headers(),
    pids: context.pids,
    drain: context.drain,
    next: (): LoadRequest => {
      // Past the last slot the 24 h cap refuses (422): counted as failures, never hidden.
      const slot = all[next++ % all.length] as { activityId: string; date: string };
      return {
        method: 'POST',
        path: '/api/time-entries',
        body: { activityId: slot.activityId, date: slot.date, hours: HOURS, note: 'Benchmark' },
      };
    },
  });
  return {
    id: 5,
    name: 'Hours (POST /api/time-entries, concurrency 16)',
    figures: loadRunFigures('log entry', run, 50),
    details: { slots: all.length, run },
    problems: failuresOf('log entry', run),
    notes: [],
  };
}
