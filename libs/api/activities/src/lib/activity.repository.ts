import { type AuthUser } from '@techpact/api/auth';
import { caseScope } from '@techpact/api/cases';
import { type ActivityStatus, type CaseCompanyRef, type RefSummary } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

/** Who reads or changes an activity: the parts of the signed-in user that decide scope. */
export type ActivityActor = Pick<
  AuthUser,
  'id' | 'role' | 'programmeId' | 'municipalityIds' | 'companyId'
>;

/** An activity as stored, with its case and hours. */
export interface ActivityRow {
  id: string;
  caseId: string;
  caseState: string;
  company: CaseCompanyRef;
  title: string;
  description: string;
  category: string;
  expert: RefSummary;
  plannedHours: number;
  expertHours: number;
  smeHours: number;
  targetDate: string;
  status: ActivityStatus;
  outcomeNotes: string | null;
  cancelReason: string | null;
  cancelledAt: Date | null;
  doneAt: Date | null;
  rowVersion: number;
}

const SELECT = `
  SELECT a.id, a.case_id AS "caseId", cf.state AS "caseState",
         json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                           'country', trim(c.country)) AS company,
         a.title, a.description, a.category, json_build_object('id', u.id, 'name', u.name) AS expert,
         a.planned_hours::float8 AS "plannedHours",
         COALESCE(h.expert, 0)::float8 AS "expertHours", COALESCE(h.sme, 0)::float8 AS "smeHours",
         to_char(a.target_date, 'YYYY-MM-DD') AS "targetDate", a.status,
         a.outcome_notes AS "outcomeNotes", a.cancel_reason AS "cancelReason",
         a.cancelled_at AS "cancelledAt", a.done_at AS "doneAt", a.row_version AS "rowVersion"
    FROM activity a
    JOIN case_file cf ON cf.id = a.case_id
    JOIN company c ON c.id = cf.company_id
    JOIN app_user u ON u.id = a.expert_id
    LEFT JOIN agreement_upgrade up ON up.id = a.upgrade_id
    LEFT JOIN LATERAL (
      SELECT sum(te.hours) FILTER (WHERE te.person_kind = 'expert') AS expert,
             sum(te.hours) FILTER (WHERE te.person_kind = 'sme') AS sme
        FROM time_entry te WHERE te.activity_id = a.id AND te.status <> 'rejected'
    ) h ON true`;

/** The SQL of activities, on one entity manager. */
export class ActivityRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  /** Whether the case exists in the actor's scope. */
  async caseVisible(actor: ActivityActor, caseId: string): Promise<boolean> {
    const params: unknown[] = [caseId];
    const rows = await this.rows(
      `SELECT 1 FROM case_file cf WHERE cf.id = $1 AND ${caseScope(actor, params)}`,
      params,
    );
    return rows.length > 0;
  }

  /** The case's activities in agreement order. */
  async ofCase(caseId: string): Promise<ActivityRow[]> {
    return this.rows<ActivityRow>(
      `${SELECT} WHERE a.case_id = $1 ORDER BY up.position NULLS LAST, a.target_date, a.title, a.id`,
      [caseId],
    );
  }

  /** The activities an expert is responsible for, open ones first, then by target date. */
  async ofExpert(programmeId: string, expertId: string): Promise<ActivityRow[]> {
    return this.rows<ActivityRow>(
      `${SELECT} WHERE a.expert_id = $1 AND cf.programme_id = $2
        ORDER BY (a.status IN ('done', 'cancelled')), a.target_date, c.name, a.title, a.id`,
      [expertId, programmeId],
    );
  }

  /** One activity in the actor's scope, optionally locking its row. */
  async find(actor: ActivityActor, id: string, lock = false): Promise<ActivityRow | null> {
    const params: unknown[] = [id];
    const [row] = await this.rows<ActivityRow>(
      `${SELECT} WHERE a.id = $1 AND ${caseScope(actor, params)} ${lock ? 'FOR UPDATE OF a' : ''}`,
      params,
    );
    return row ?? null;
  }

  async changeStatus(
    id: string,
    status: ActivityStatus,
    details: { reason?: string; outcomeNotes?: string },
  ): Promise<void> {
    await this.manager.query(
      `UPDATE activity SET
          status = $2,
          started_at = CASE WHEN $2 = 'in_progress' THEN COALESCE(started_at, now()) ELSE started_at END,
          done_at = CASE WHEN $2 = 'done' THEN now() ELSE NULL END,
          outcome_notes = CASE WHEN $2 = 'done' THEN COALESCE($3, outcome_notes) ELSE outcome_notes END,
          cancelled_at = CASE WHEN $2 = 'cancelled' THEN now() ELSE NULL END,
          cancel_reason = CASE WHEN $2 = 'cancelled' THEN $4 ELSE NULL END,
          row_version = row_version + 1, updated_at = now()
        WHERE id = $1`,
      [id, status, details.outcomeNotes ?? null, details.reason ?? null],
    );
  }
}
