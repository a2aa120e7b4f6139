import { caseScope } from '@techpact/api/cases';
import { type CaseCompanyRef, type TimeEntryStatus } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { type EntryRow, type TimeActor } from './time-entry.repository';

/** A submitted entry as the approvals list shows it. */
export interface WaitingEntryRow extends EntryRow {
  company: CaseCompanyRef;
  month: string;
}

/** An entry about to be decided, locked, with who to tell. */
export interface DecidableRow {
  id: string;
  status: TimeEntryStatus;
  hours: number;
  date: string;
  locked: boolean;
  userId: string;
  userName: string;
  email: string;
}

/** How many submitted entries the approvals list returns at most (oldest first). */
export const APPROVALS_LIMIT = 5000;

/** The SQL of approving hours and locking months, on one entity manager. */
export class ApprovalRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  async waiting(
    actor: TimeActor,
    filter: { caseId?: string; month?: string },
  ): Promise<WaitingEntryRow[]> {
    const params: unknown[] = [];
    const where = [`te.status = 'submitted'`, caseScope(actor, params)];
    if (filter.caseId) where.push(`te.case_id = $${params.push(filter.caseId)}`);
    if (filter.month) {
      where.push(`date_trunc('month', te.work_date) = $${params.push(`${filter.month}-01`)}::date`);
    }
    return this.rows<WaitingEntryRow>(
      `SELECT te.id, te.activity_id AS "activityId", te.case_id AS "caseId", cf.state AS "caseState",
              cf.municipality_id AS "municipalityId", json_build_object('id', u.id, 'name', u.name) AS "user",
              u.company_id AS "userCompanyId", te.person_kind AS "personKind",
              to_char(te.work_date, 'YYYY-MM-DD') AS date, te.hours::float8 AS hours, te.note,
              te.status, te.reject_reason AS "rejectReason", false AS locked,
              to_char(te.work_date, 'YYYY-MM') AS month,
              json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                                'country', trim(c.country)) AS company
         FROM time_entry te
         JOIN case_file cf ON cf.id = te.case_id
         JOIN company c ON c.id = cf.company_id
         JOIN app_user u ON u.id = te.user_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.name, cf.id, u.name, u.id, month, te.work_date, te.id
        LIMIT ${APPROVALS_LIMIT}`,
      params,
    );
  }

  /** The entries among `ids` the actor may decide, locked (in id order, against deadlocks). */
  async decidable(actor: TimeActor, ids: readonly string[]): Promise<DecidableRow[]> {
    const params: unknown[] = [ids];
    return this.rows<DecidableRow>(
      `SELECT te.id, te.status, te.hours::float8 AS hours, to_char(te.work_date, 'YYYY-MM-DD') AS date,
              EXISTS (SELECT 1 FROM time_period_lock l WHERE l.programme_id = te.programme_id
                       AND l.month = date_trunc('month', te.work_date)::date) AS locked,
              u.id AS "userId", u.name AS "userName", u.email
         FROM time_entry te
         JOIN case_file cf ON cf.id = te.case_id
         JOIN app_user u ON u.id = te.user_id
        WHERE te.id = ANY($1::uuid[]) AND ${caseScope(actor, params)}
        ORDER BY te.id
          FOR UPDATE OF te`,
      params,
    );
  }

  async approve(ids: readonly string[], reviewerId: string): Promise<void> {
    await this.manager.query(
      `UPDATE time_entry SET status = 'approved', reviewed_by = $2, reviewed_at = now(),
              reject_reason = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, reviewerId],
    );
  }

  async reject(ids: readonly string[], reviewerId: string, reason: string): Promise<void> {
    await this.manager.query(
      `UPDATE time_entry SET status = 'rejected', reviewed_by = $2, reviewed_at = now(),
              reject_reason = $3, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, reviewerId, reason],
    );
  }

  async notify(input: {
    userId: string;
    kind: string;
    title: string;
    body: string;
    link: string;
  }): Promise<void> {
    await this.manager.query(
      `INSERT INTO notification (user_id, kind, title, body, link) VALUES ($1, $2, $3, $4, $5)`,
      [input.userId, input.kind, input.title, input.body, input.link],
    );
  }

  async locks(
    programmeId: string,
  ): Promise<{ month: string; lockedBy: { id: string; name: string }; lockedAt: Date }[]> {
    return this.rows(
      `SELECT to_char(l.month, 'YYYY-MM') AS month, json_build_object('id', u.id, 'name', u.name) AS "lockedBy",
              l.locked_at AS "lockedAt"
         FROM time_period_lock l JOIN app_user u ON u.id = l.locked_by
        WHERE l.programme_id = $1 ORDER BY l.month DESC`,
      [programmeId],
    );
  }

  /** Today's month in the programme's time zone (YYYY-MM). */
  async currentMonth(programmeId: string): Promise<string> {
    const [row] = await this.rows<{ month: string }>(
      `SELECT to_char(now() AT TIME ZONE time_zone, 'YYYY-MM') AS month FROM programme WHERE id = $1`,
      [programmeId],
    );
    return row?.month ?? '';
  }

  async submittedIn(programmeId: string, month: string): Promise<number> {
    const [row] = await this.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM time_entry
        WHERE programme_id = $1 AND status = 'submitted'
          AND work_date >= $2::date AND work_date < ($2::date + interval '1 month')`,
      [programmeId, `${month}-01`],
    );
    return row?.n ?? 0;
  }

  /** Locks the month; false when it was locked already. */
  async lock(programmeId: string, month: string, actorId: string): Promise<boolean> {
    const rows = await this.rows(
      `INSERT INTO time_period_lock (programme_id, month, locked_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING month`,
      [programmeId, `${month}-01`, actorId],
    );
    return rows.length > 0;
  }

  /** Unlocks the month; false when it was not locked. */
  async unlock(programmeId: string, month: string): Promise<boolean> {
    const rows = await this.rows(
      `WITH unlocked AS (
         DELETE FROM time_period_lock WHERE programme_id = $1 AND month = $2 RETURNING month)
       SELECT month FROM unlocked`,
      [programmeId, `${month}-01`],
    );
    return rows.length > 0;
  }

  async lockEvent(
    programmeId: string,
    month: string,
    action: 'lock' | 'unlock',
    actorId: string,
    reason: string | null,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO time_period_lock_event (programme_id, month, action, actor_id, reason)
       VALUES ($1, $2, $3, $4, $5)`,
      [programmeId, `${month}-01`, action, actorId, reason],
    );
  }
}
