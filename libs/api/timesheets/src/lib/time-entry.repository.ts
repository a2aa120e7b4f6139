import { type AuthUser } from '@techpact/api/auth';
import { caseScope } from '@techpact/api/cases';
import {
  type ActivityStatus,
  type CaseCompanyRef,
  type PersonKind,
  type RefSummary,
  type Role,
  type TimeEntryStatus,
} from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

/** Who acts on time entries: the parts of the signed-in user that decide scope. */
export type TimeActor = Pick<
  AuthUser,
  'id' | 'role' | 'programmeId' | 'municipalityIds' | 'companyId'
>;

export interface Person {
  id: string;
  name: string;
  email: string;
  language: string;
  role: Role;
  companyId: string | null;
}

/** An activity with what the logging rules need to know about it, its case and the person. */
export interface LoggableActivity {
  id: string;
  title: string;
  status: ActivityStatus;
  caseId: string;
  caseState: string;
  programmeId: string;
  companyId: string;
  municipalityId: string;
  /** The cancellation date in the programme's time zone (YYYY-MM-DD). */
  cancelledOn: string | null;
  /** Today in the programme's time zone (YYYY-MM-DD). */
  today: string;
  timeZone: string;
  /** Whether the person is assigned to the case (case_expert). */
  personAssigned: boolean;
}

/** A stored entry with its case, as the views and the edit checks need it. */
export interface EntryRow {
  id: string;
  activityId: string;
  caseId: string;
  caseState: string;
  municipalityId: string;
  user: RefSummary;
  /** The company of the person (SME users). */
  userCompanyId: string | null;
  personKind: PersonKind;
  date: string;
  hours: number;
  note: string;
  status: TimeEntryStatus;
  rejectReason: string | null;
  locked: boolean;
}

export interface WeekActivityRow {
  id: string;
  title: string;
  caseId: string;
  company: CaseCompanyRef;
  status: ActivityStatus;
}

const ENTRY = `
  SELECT te.id, te.activity_id AS "activityId", te.case_id AS "caseId", cf.state AS "caseState",
         cf.municipality_id AS "municipalityId", json_build_object('id', u.id, 'name', u.name) AS "user",
         u.company_id AS "userCompanyId",
         te.person_kind AS "personKind", to_char(te.work_date, 'YYYY-MM-DD') AS date,
         te.hours::float8 AS hours, te.note, te.status, te.reject_reason AS "rejectReason",
         EXISTS (SELECT 1 FROM time_period_lock l WHERE l.programme_id = te.programme_id
                  AND l.month = date_trunc('month', te.work_date)::date) AS locked
    FROM time_entry te
    JOIN case_file cf ON cf.id = te.case_id
    JOIN app_user u ON u.id = te.user_id`;

/** The SQL of time entries and locks, on one entity manager. */
export class TimeEntryRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  async person(programmeId: string, userId: string): Promise<Person | null> {
    const [row] = await this.rows<Person>(
      `SELECT id, name, email, language, role, company_id AS "companyId" FROM app_user
        WHERE id = $1 AND programme_id = $2`,
      [userId, programmeId],
    );
    return row ?? null;
  }

  async loggableActivity(
    programmeId: string,
    activityId: string,
    personId: string,
  ): Promise<LoggableActivity | null> {
    const [row] = await this.rows<LoggableActivity>(
      `SELECT a.id, a.title, a.status, a.case_id AS "caseId", cf.state AS "caseState",
              cf.programme_id AS "programmeId", cf.company_id AS "companyId",
              cf.municipality_id AS "municipalityId",
              to_char(a.cancelled_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS "cancelledOn",
              to_char(now() AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS today, p.time_zone AS "timeZone",
              EXISTS (SELECT 1 FROM case_expert ce WHERE ce.case_id = cf.id AND ce.expert_id = $3) AS "personAssigned"
         FROM activity a
         JOIN case_file cf ON cf.id = a.case_id
         JOIN programme p ON p.id = cf.programme_id
        WHERE a.id = $1 AND cf.programme_id = $2`,
      [activityId, programmeId, personId],
    );
    return row ?? null;
  }

  async isLocked(programmeId: string, date: string): Promise<boolean> {
    const rows = await this.rows(
      `SELECT 1 FROM time_period_lock WHERE programme_id = $1 AND month = date_trunc('month', $2::date)::date`,
      [programmeId, date],
    );
    return rows.length > 0;
  }

  /**
   * Serialises every write to one person's day until the transaction ends, so that two requests
   * cannot both read the day's total before either has written (the 24-hour rule).
   */
  async lockPersonDay(userId: string, date: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `time_entry_day:${userId}:${date}`,
    ]);
  }

  /** The person's hours on `date` over every entry (of every case), leaving out `exceptIds`. */
  async dayTotal(userId: string, date: string, exceptIds: readonly string[] = []): Promise<number> {
    const [row] = await this.rows<{ total: number }>(
      `SELECT COALESCE(sum(hours), 0)::float8 AS total FROM time_entry
        WHERE user_id = $1 AND work_date = $2 AND NOT (id = ANY($3::uuid[]))`,
      [userId, date, exceptIds],
    );
    return row?.total ?? 0;
  }

  async insert(input: {
    programmeId: string;
    caseId: string;
    activityId: string;
    userId: string;
    personKind: PersonKind;
    date: string;
    hours: number;
    note: string;
  }): Promise<string> {
    const [row] = await this.rows<{ id: string }>(
      `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        input.programmeId,
        input.caseId,
        input.activityId,
        input.userId,
        input.personKind,
        input.date,
        input.hours,
        input.note,
      ],
    );
    if (!row) throw new Error('INSERT INTO time_entry returned no row');
    return row.id;
  }

  /** A changed draft or rejected entry is a draft again (to be submitted anew). */
  async update(id: string, hours: number, note: string): Promise<void> {
    await this.manager.query(
      `UPDATE time_entry SET hours = $2, note = $3, status = 'draft', updated_at = now() WHERE id = $1`,
      [id, hours, note],
    );
  }

  async delete(ids: readonly string[]): Promise<void> {
    await this.manager.query(`DELETE FROM time_entry WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** One entry in the programme, optionally locked for a change. */
  async entry(programmeId: string, id: string, lock = false): Promise<EntryRow | null> {
    const [row] = await this.rows<EntryRow>(
      `${ENTRY} WHERE te.id = $1 AND te.programme_id = $2 ${lock ? 'FOR UPDATE OF te' : ''}`,
      [id, programmeId],
    );
    return row ?? null;
  }

  /** The person's entries on one activity and day (a grid cell), locked. */
  async cell(userId: string, activityId: string, date: string): Promise<EntryRow[]> {
    return this.rows<EntryRow>(
      `${ENTRY} WHERE te.user_id = $1 AND te.activity_id = $2 AND te.work_date = $3
        ORDER BY te.created_at, te.id FOR UPDATE OF te`,
      [userId, activityId, date],
    );
  }

  /** The person's entries between two dates, on cases `actor` may see unless it is their own. */
  async entriesOf(actor: TimeActor, userId: string, from: string, to: string): Promise<EntryRow[]> {
    const params: unknown[] = [userId, from, to];
    const scope = actor.id === userId ? '' : `AND ${caseScope(actor, params)}`;
    return this.rows<EntryRow>(
      `${ENTRY} WHERE te.user_id = $1 AND te.work_date BETWEEN $2 AND $3 ${scope}
        ORDER BY te.work_date, te.created_at, te.id`,
      params,
    );
  }

  /**
   * The rows of a person's week: their open activities (expert: those they are responsible for;
   * SME user: those of their company) and the activities listed in `alsoIds`.
   */
  async weekActivities(
    actor: TimeActor,
    person: Person,
    alsoIds: readonly string[],
  ): Promise<WeekActivityRow[]> {
    const params: unknown[] = [alsoIds, person.role === 'sme' ? person.companyId : person.id];
    const own = person.role === 'sme' ? 'cf.company_id = $2' : 'a.expert_id = $2';
    const scope =
      actor.id === person.id
        ? `cf.programme_id = $${params.push(actor.programmeId)}`
        : caseScope(actor, params);
    return this.rows<WeekActivityRow>(
      `SELECT a.id, a.title, a.case_id AS "caseId", a.status,
              json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                                'country', trim(c.country)) AS company
         FROM activity a
         JOIN case_file cf ON cf.id = a.case_id
         JOIN company c ON c.id = cf.company_id
        WHERE ${scope}
          AND (a.id = ANY($1::uuid[])
               OR (${own} AND a.status IN ('planned', 'in_progress')
                   AND cf.state NOT IN ('completed', 'withdrawn')))
        ORDER BY c.name, a.target_date, a.title, a.id`,
      params,
    );
  }

  /** The person's hours in a calendar year (rejected entries left out). */
  async yearTotal(userId: string, year: number): Promise<number> {
    const [row] = await this.rows<{ total: number }>(
      `SELECT COALESCE(sum(hours), 0)::float8 AS total FROM time_entry
        WHERE user_id = $1 AND status <> 'rejected'
          AND work_date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)`,
      [userId, year],
    );
    return row?.total ?? 0;
  }

  /** The locked months (YYYY-MM) between two dates. */
  async lockedMonths(programmeId: string, from: string, to: string): Promise<string[]> {
    const rows = await this.rows<{ month: string }>(
      `SELECT to_char(month, 'YYYY-MM') AS month FROM time_period_lock
        WHERE programme_id = $1 AND month BETWEEN date_trunc('month', $2::date)::date AND $3::date
        ORDER BY month`,
      [programmeId, from, to],
    );
    return rows.map((row) => row.month);
  }

  /** Submits the person's draft and rejected entries between two dates (in `actor`'s scope). */
  async submit(actor: TimeActor, userId: string, from: string, to: string): Promise<number> {
    const params: unknown[] = [userId, from, to];
    const scope = actor.id === userId ? '' : `AND ${caseScope(actor, params)}`;
    const rows = await this.rows<{ id: string }>(
      // A CTE, so that the driver answers the rows (a bare UPDATE … RETURNING gives [rows, count]).
      `WITH submitted AS (
         UPDATE time_entry te SET status = 'submitted', submitted_at = now(), updated_at = now()
           FROM case_file cf
          WHERE cf.id = te.case_id AND te.user_id = $1 AND te.work_date BETWEEN $2 AND $3
            AND te.status IN ('draft', 'rejected') ${scope}
         RETURNING te.id)
       SELECT id FROM submitted`,
      params,
    );
    return rows.length;
  }

  /** Months with draft or rejected entries of the person between two dates that are locked. */
  async lockedOpenMonths(
    userId: string,
    programmeId: string,
    from: string,
    to: string,
  ): Promise<string[]> {
    const rows = await this.rows<{ month: string }>(
      `SELECT DISTINCT to_char(l.month, 'YYYY-MM') AS month
         FROM time_entry te
         JOIN time_period_lock l ON l.programme_id = $2 AND l.month = date_trunc('month', te.work_date)::date
        WHERE te.user_id = $1 AND te.work_date BETWEEN $3 AND $4 AND te.status IN ('draft', 'rejected')
        ORDER BY 1`,
      [userId, programmeId, from, to],
    );
    return rows.map((row) => row.month);
  }
}
