import { createNotifications } from '@techpact/api/notifications';
import { getNextMillis, type RepeatOptions } from 'bullmq';
import { type DataSource } from 'typeorm';
import { reminderIdFor } from './reminder-jobs';

/** Friday 14:00, read in the programme's time zone (the scheduler's `tz`). */
export const WEEKLY_NUDGE_PATTERN = '0 14 * * 5';

/** The id of a programme's job scheduler: upserting it again keeps one schedule. */
export function weeklyNudgeSchedulerId(programmeId: string): string {
  return `weekly-hours-${programmeId}`;
}

/** The scheduler's repeat options for a programme's time zone. */
export function weeklyNudgeRepeat(timeZone: string): RepeatOptions {
  return { pattern: WEEKLY_NUDGE_PATTERN, tz: timeZone };
}

/** The next runs after `from`, computed by BullMQ's own repeat strategy (what the scheduler does). */
export function nextWeeklyNudgeRuns(from: Date, timeZone: string, count: number): Date[] {
  const runs: Date[] = [];
  let at = from.getTime();
  for (let i = 0; i < count; i++) {
    const next = getNextMillis(at, weeklyNudgeRepeat(timeZone));
    if (next === undefined) break;
    runs.push(new Date(next));
    at = next;
  }
  return runs;
}

export interface IsoWeek {
  /** e.g. `2026-W13`. */
  label: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD`. */
  monday: string;
  sunday: string;
}

/** The ISO week that contains the instant's local date in the time zone. */
export function isoWeekOf(at: Date, timeZone: string): IsoWeek {
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  const [year = 0, month = 1, day = 1] = local.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(date.getTime() - weekday * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000)) + 1;
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  return {
    label: `${isoYear}-W${String(week).padStart(2, '0')}`,
    monday: ymd(monday),
    sunday: ymd(sunday),
  };
}

/** Deterministic per expert and ISO week: a second run of the same week adds nothing. */
export function weeklyNudgeJobId(expertId: string, week: IsoWeek): string {
  return `weekly-hours-${expertId}-${week.label}`;
}

interface Candidate {
  expertId: string;
  caseId: string;
  caseVersion: number;
  activityId: string;
  activityTitle: string;
  company: string;
  timeZone: string;
}

export interface WeeklyNudgeResult {
  week: IsoWeek;
  /** Experts nudged by this run (not those already nudged this week). */
  nudged: string[];
}

/**
 * The weekly hours nudge of one programme: every expert with an open activity on a case in
 * implementation and no time entry (any status) in the ISO week gets one notification. The week
 * is that of `at` (the scheduled run) in the programme's time zone. Each nudge is a `reminder`
 * row written as sent with its notification in one transaction, under a key per expert and week,
 * so a repeated or duplicated run nudges nobody twice.
 */
export class WeeklyHoursNudge {
  constructor(
    private readonly db: DataSource,
    private readonly options: { onNotified?: (notificationIds: string[]) => Promise<void> } = {},
  ) {}

  async run(programmeId: string, at: Date): Promise<WeeklyNudgeResult> {
    const written: string[] = [];
    const result = await this.db.transaction(async (manager) => {
      const [programme] = (await manager.query(
        `SELECT time_zone AS "timeZone" FROM programme WHERE id = $1`,
        [programmeId],
      )) as { timeZone: string }[];
      if (!programme) return { week: isoWeekOf(at, 'UTC'), nudged: [] };
      const week = isoWeekOf(at, programme.timeZone);
      const candidates = (await manager.query(
        `SELECT DISTINCT ON (a.expert_id)
                a.expert_id AS "expertId", a.case_id AS "caseId", c.version AS "caseVersion",
                a.id AS "activityId", a.title AS "activityTitle", co.name AS company,
                p.time_zone AS "timeZone"
           FROM activity a
           JOIN case_file c ON c.id = a.case_id
           JOIN company co ON co.id = c.company_id
           JOIN programme p ON p.id = c.programme_id
           JOIN app_user u ON u.id = a.expert_id AND u.active
          WHERE c.programme_id = $1 AND c.state = 'implementation'
            AND a.status IN ('planned', 'in_progress')
            AND NOT EXISTS (SELECT 1 FROM time_entry t
                             WHERE t.user_id = a.expert_id AND t.work_date BETWEEN $2 AND $3)
          ORDER BY a.expert_id, a.target_date, a.id`,
        [programmeId, week.monday, week.sunday],
      )) as Candidate[];

      const nudged: string[] = [];
      for (const candidate of candidates) {
        const jobId = weeklyNudgeJobId(candidate.expertId, week);
        const inserted = (await manager.query(
          `INSERT INTO reminder (id, case_id, programme_id, kind, scope, recipient,
                                 scheduled_in_state, case_version, due_at, job_id, activity_id,
                                 status, sent_at)
           VALUES ($1, $2, $3, 'weeklyHoursNudge', 'weeklyHours', 'activityExpert',
                   'implementation', $4, $5, $6, $7, 'sent', now())
           ON CONFLICT (job_id) DO NOTHING
           RETURNING id`,
          [
            reminderIdFor(jobId),
            candidate.caseId,
            programmeId,
            candidate.caseVersion,
            at,
            jobId,
            candidate.activityId,
          ],
        )) as { id: string }[];
        const reminderId = inserted[0]?.id;
        if (!reminderId) continue;
        written.push(
          ...(await createNotifications(manager, {
            kind: 'weeklyHoursNudge',
            caseId: candidate.caseId,
            userIds: [candidate.expertId],
            source: { reminderId },
            params: { company: candidate.company, activity: candidate.activityTitle },
            timeZone: candidate.timeZone,
          })),
        );
        nudged.push(candidate.expertId);
      }
      return { week, nudged };
    });
    if (written.length > 0) await this.options.onNotified?.(written);
    return result;
  }
}
