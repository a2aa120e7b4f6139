import { createHash } from 'node:crypto';
import { syncActivitiesWithAgreement } from '@techpact/api/activities';
import { type EntityManager } from 'typeorm';
import { addDays, toDate } from './time-period';

export interface DemoHoursOptions {
  /** Only this programme's cases (default: every programme). */
  readonly programmeId?: string;
  /** How many months back hours go (default 4). */
  readonly months?: number;
}

export interface DemoHoursResult {
  cases: number;
  activitiesCreated: number;
  entries: number;
}

interface DemoActivity {
  id: string;
  caseId: string;
  caseState: string;
  programmeId: string;
  companyId: string;
  coordinatorId: string | null;
  expertId: string;
  status: string;
  plannedHours: number;
  startsOn: string;
  cancelledOn: string | null;
  today: string;
}

/** A small deterministic generator per activity, so a reseed gives the same demo. */
function randomFor(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32BE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function quarters(random: () => number, min: number, max: number): number {
  return (Math.floor(random() * ((max - min) * 4 + 1)) + min * 4) / 4;
}

/**
 * Demo activities and hours: every case with an agreement in force gets its activities, then
 * `months` past months of expert and SME hours (the demo's agreements are written at seed time,
 * so the hours start before them on purpose) on weekdays, in quarter hours, never in the
 * future, never above 24 hours a person and day, never in a locked month. Hours of earlier
 * months are approved, last month's submitted, this month's drafts (cases in completion or
 * closed have everything approved). Activities that have hours already are left alone.
 */
export async function seedDemoActivitiesAndHours(
  manager: EntityManager,
  options: DemoHoursOptions = {},
): Promise<DemoHoursResult> {
  const cases = (await manager.query(
    `SELECT DISTINCT v.case_id AS id FROM agreement_version v JOIN case_file cf ON cf.id = v.case_id
      WHERE v.status = 'in_force' AND ($1::uuid IS NULL OR cf.programme_id = $1) ORDER BY 1`,
    [options.programmeId ?? null],
  )) as { id: string }[];
  let activitiesCreated = 0;
  for (const found of cases) {
    activitiesCreated += (await syncActivitiesWithAgreement(manager, found.id)).created;
  }
  const activities = (await manager.query(
    `SELECT a.id, a.case_id AS "caseId", cf.state AS "caseState", cf.programme_id AS "programmeId",
            cf.company_id AS "companyId", cf.coordinator_id AS "coordinatorId", a.expert_id AS "expertId",
            a.status, a.planned_hours::float8 AS "plannedHours",
            to_char((now() AT TIME ZONE p.time_zone) - make_interval(months => $2), 'YYYY-MM-DD') AS "startsOn",
            to_char(a.cancelled_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS "cancelledOn",
            to_char(now() AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS today
       FROM activity a
       JOIN case_file cf ON cf.id = a.case_id
       JOIN programme p ON p.id = cf.programme_id
      WHERE a.case_id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM time_entry te WHERE te.activity_id = a.id)
      ORDER BY a.case_id, a.id`,
    [cases.map((c) => c.id), options.months ?? 4],
  )) as DemoActivity[];

  const smeUsers = (await manager.query(
    `SELECT id, company_id AS "companyId" FROM app_user WHERE role = 'sme' AND active ORDER BY id`,
  )) as { id: string; companyId: string }[];
  const locked = new Set(
    (
      (await manager.query(
        `SELECT programme_id || ':' || to_char(month, 'YYYY-MM') AS key FROM time_period_lock`,
      )) as { key: string }[]
    ).map((row) => row.key),
  );
  // Hours already logged per person and day, so that the 24-hour rule holds with them too.
  const dayTotals = new Map<string, number>();
  for (const row of (await manager.query(
    `SELECT user_id || ':' || to_char(work_date, 'YYYY-MM-DD') AS key, sum(hours)::float8 AS hours
       FROM time_entry GROUP BY 1`,
  )) as { key: string; hours: number }[]) {
    dayTotals.set(row.key, row.hours);
  }

  const rows: (string | number | null)[][] = [];
  for (const activity of activities) {
    const random = randomFor(activity.id);
    // Some planned activities have not started yet.
    if (activity.status === 'planned' && random() < 0.3) continue;
    const last =
      [addDays(activity.today, -1), activity.cancelledOn ?? activity.today].sort()[0] ?? '';
    const budget =
      activity.plannedHours * (activity.status === 'done' ? 0.95 : 0.6 + random() * 0.3);
    const people = [
      { id: activity.expertId, kind: 'expert', days: 0.4, min: 1, max: 6 },
      ...smeUsers
        .filter((u) => u.companyId === activity.companyId)
        .map((u) => ({ id: u.id, kind: 'sme', days: 0.15, min: 0.5, max: 3 })),
    ];
    let logged = 0;
    for (let day = activity.startsOn; day <= last && logged < budget; day = addDays(day, 1)) {
      const weekday = toDate(day).getUTCDay();
      if (
        weekday === 0 ||
        weekday === 6 ||
        locked.has(`${activity.programmeId}:${day.slice(0, 7)}`)
      ) {
        continue;
      }
      for (const person of people) {
        if (random() > person.days) continue;
        const key = `${person.id}:${day}`;
        const hours = Math.min(
          quarters(random, person.min, person.max),
          24 - (dayTotals.get(key) ?? 0),
        );
        if (hours <= 0) continue;
        dayTotals.set(key, (dayTotals.get(key) ?? 0) + hours);
        logged += hours;
        const status = demoStatus(activity, day, random);
        rows.push([
          activity.programmeId,
          activity.caseId,
          activity.id,
          person.id,
          person.kind,
          day,
          hours,
          status,
          status === 'approved' ? activity.coordinatorId : null,
        ]);
      }
    }
    if (logged > 0 && activity.status === 'planned') {
      await manager.query(
        `UPDATE activity SET status = 'in_progress', started_at = now(), row_version = row_version + 1 WHERE id = $1`,
        [activity.id],
      );
    }
  }
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    const column = (n: number) => chunk.map((row) => row[n] ?? null);
    await manager.query(
      `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours,
                               status, reviewed_by, submitted_at, reviewed_at)
       SELECT t.*, CASE WHEN t.status <> 'draft' THEN now() END, CASE WHEN t.status = 'approved' THEN now() END
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::numeric[],
                     $8::text[], $9::uuid[]) AS t(programme_id, case_id, activity_id, user_id, person_kind,
                                                  work_date, hours, status, reviewed_by)`,
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map(column),
    );
  }
  return { cases: cases.length, activitiesCreated, entries: rows.length };
}

function demoStatus(activity: DemoActivity, day: string, random: () => number): string {
  if (activity.caseState !== 'implementation' && !activity.caseState.startsWith('agreement.')) {
    return 'approved';
  }
  const thisMonth = activity.today.slice(0, 7);
  const lastMonth = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  const month = day.slice(0, 7);
  if (month < lastMonth) return 'approved';
  if (month === lastMonth) return random() < 0.8 ? 'submitted' : 'approved';
  return random() < 0.3 ? 'submitted' : 'draft';
}
