import { ReminderJob } from '@techpact/contracts';
import { type JobsOptions } from 'bullmq';
import { type EntityManager } from 'typeorm';
import { zonedTimeToInstant } from './business-days';
import { reminderIdFor } from './reminder-jobs';

/**
 * Reminders about one innovation activity, computed from the `activity` table (the lifecycle's
 * `ReminderKind` has no kinds for them, as their dates are activity data).
 */
export type ActivityReminderKind = 'activityDueSoon' | 'activityOverdue';

const PLAN: readonly {
  kind: ActivityReminderKind;
  recipient: 'activityExpert' | 'coordinator';
  daysFromTarget: number;
}[] = [
  { kind: 'activityDueSoon', recipient: 'activityExpert', daysFromTarget: -3 },
  { kind: 'activityOverdue', recipient: 'coordinator', daysFromTarget: 1 },
];

/** Local time of day at which activity reminders fire. */
const FIRE_HOUR = 9;

/** The state in which activity reminders hold; firing drops them once the case has left it. */
export const ACTIVITY_REMINDER_STATE = 'implementation';

/**
 * Deterministic per activity, kind and target date: a moved target date is a new reminder, the
 * same sync relayed twice the same one.
 */
export function activityReminderJobId(
  caseId: string,
  kind: ActivityReminderKind,
  activityId: string,
  targetDate: string,
): string {
  return `reminder-${caseId}-${kind}-${activityId}-${targetDate.replace(/-/g, '')}`;
}

interface OpenActivity {
  id: string;
  targetDate: string;
}

export interface ActivitySyncInput {
  outboxId: string;
  caseId: string;
  programmeId: string;
  caseVersion: number;
  now: Date;
  jobOptions: (jobId: string, dueAt: Date, now: Date) => JobsOptions;
}

export interface ActivitySyncResult {
  toAdd: { name: ReminderJob; data: { reminderId: string }; opts: JobsOptions }[];
  toRemove: string[];
}

/**
 * Brings the case's activity reminders in line with its open activities: "due soon" 3 days before
 * the target date to the activity's expert, "overdue" 1 day after to the coordinator, at 09:00 in
 * the programme's time zone. Reminders of activities no longer open (or whose date moved) are
 * cancelled; a reminder already sent stays sent.
 */
export async function syncActivityReminders(
  manager: EntityManager,
  input: ActivitySyncInput,
): Promise<ActivitySyncResult> {
  const [context] = (await manager.query(
    `SELECT c.state, p.time_zone AS "timeZone"
       FROM case_file c JOIN programme p ON p.id = c.programme_id WHERE c.id = $1`,
    [input.caseId],
  )) as { state: string; timeZone: string }[];
  if (!context) throw new Error(`Outbox row ${input.outboxId} names a case that does not exist.`);

  // A case that has since left implementation keeps none (its cancel effect may have run first).
  const activities =
    context.state === ACTIVITY_REMINDER_STATE
      ? ((await manager.query(
          `SELECT id, to_char(target_date, 'YYYY-MM-DD') AS "targetDate" FROM activity
            WHERE case_id = $1 AND status IN ('planned', 'in_progress') ORDER BY id`,
          [input.caseId],
        )) as OpenActivity[])
      : [];

  const wanted = activities.flatMap((activity) =>
    PLAN.map((plan) => ({
      ...plan,
      activityId: activity.id,
      jobId: activityReminderJobId(input.caseId, plan.kind, activity.id, activity.targetDate),
      dueAt: atNineOn(activity.targetDate, plan.daysFromTarget, context.timeZone),
    })),
  );
  const cancelled = (await manager.query(
    `UPDATE reminder SET status = 'cancelled', cancelled_at = now()
      WHERE case_id = $1 AND activity_id IS NOT NULL AND status = 'scheduled'
        AND NOT (job_id = ANY($2::text[]))
      RETURNING job_id`,
    [input.caseId, wanted.map((w) => w.jobId)],
  )) as [{ job_id: string }[], number];

  const toAdd: ActivitySyncResult['toAdd'] = [];
  for (const reminder of wanted) {
    const id = reminderIdFor(reminder.jobId);
    // New, or cancelled earlier (the case was paused) and wanted again: scheduled. One still
    // scheduled from an earlier sync gets its job again, which the deterministic id makes a no-op.
    await manager.query(
      `INSERT INTO reminder (id, case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                             case_version, outbox_id, due_at, job_id, activity_id)
       VALUES ($1, $2, $3, $4, 'activities', $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (job_id) DO UPDATE
         SET status = 'scheduled', cancelled_at = NULL, case_version = EXCLUDED.case_version,
             outbox_id = EXCLUDED.outbox_id
         WHERE reminder.status = 'cancelled'`,
      [
        id,
        input.caseId,
        input.programmeId,
        reminder.kind,
        reminder.recipient,
        ACTIVITY_REMINDER_STATE,
        input.caseVersion,
        input.outboxId,
        reminder.dueAt,
        reminder.jobId,
        reminder.activityId,
      ],
    );
    const [current] = (await manager.query(`SELECT status FROM reminder WHERE job_id = $1`, [
      reminder.jobId,
    ])) as { status: string }[];
    if (current?.status !== 'scheduled') continue;
    toAdd.push({
      name: ReminderJob.Fire,
      data: { reminderId: id },
      opts: input.jobOptions(reminder.jobId, reminder.dueAt, input.now),
    });
  }
  return { toAdd, toRemove: cancelled[0].map((row) => row.job_id) };
}

function atNineOn(isoDate: string, days: number, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return zonedTimeToInstant(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: FIRE_HOUR,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    timeZone,
  );
}
