import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { caseScope } from '@techpact/api/cases';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import {
  type CaseHoursTotal,
  type CaseTimeEntriesResponse,
  type CaseTimeEntry,
  type PersonKind,
} from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type CaseTimeEntriesQueryDto } from './dto/case-time-entries.query';
import { toTimeEntry } from './logging-rules';
import { type EntryRow, type TimeActor } from './time-entry.repository';

type Row = EntryRow & { activityTitle: string };

const KINDS: readonly PersonKind[] = ['expert', 'sme'];

/**
 * Which of a case's entries the caller sees, as SQL on `te` and `u` (the same rule as
 * `maySeeEntry`): experts their own, company users their company's people, coordinators and
 * admins every entry of a case in their scope.
 */
function entryScope(actor: TimeActor, params: unknown[]): string {
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return 'true';
    case 'expert':
      params.push(actor.id);
      return `te.user_id = $${params.length}`;
    case 'sme':
      params.push(actor.id, actor.companyId);
      return `(te.user_id = $${params.length - 1} OR u.company_id = $${params.length})`;
  }
}

/** The hours tab of the case page: a case's time entries and its totals per person kind. */
@Injectable()
export class CaseTimeEntriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ofCase(
    actor: TimeActor,
    caseId: string,
    query: CaseTimeEntriesQueryDto,
  ): Promise<CaseTimeEntriesResponse> {
    const caseParams: unknown[] = [caseId];
    const [visible] = (await this.db.query(
      `SELECT 1 FROM case_file cf WHERE cf.id = $1 AND ${caseScope(actor, caseParams)}`,
      caseParams,
    )) as unknown[];
    // Someone else's case and a missing one answer alike, so that ids reveal nothing.
    if (!visible) throw new AppError(ErrorCode.NotFound, 'Case not found.');

    const params: unknown[] = [caseId];
    const where = `te.case_id = $1 AND ${entryScope(actor, params)}`;
    const from = `FROM time_entry te
      JOIN case_file cf ON cf.id = te.case_id
      JOIN app_user u ON u.id = te.user_id
      JOIN activity a ON a.id = te.activity_id
     WHERE ${where}`;
    const [count] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, params)) as {
      total: number;
    }[];
    const rows = (await this.db.query(
      `SELECT te.id, te.activity_id AS "activityId", te.case_id AS "caseId", cf.state AS "caseState",
              cf.municipality_id AS "municipalityId",
              json_build_object('id', u.id, 'name', u.name) AS "user", u.company_id AS "userCompanyId",
              te.person_kind AS "personKind", to_char(te.work_date, 'YYYY-MM-DD') AS date,
              te.hours::float8 AS hours, te.note, te.status, te.reject_reason AS "rejectReason",
              EXISTS (SELECT 1 FROM time_period_lock l WHERE l.programme_id = te.programme_id
                       AND l.month = date_trunc('month', te.work_date)::date) AS locked,
              a.title AS "activityTitle"
         ${from}
        ORDER BY te.work_date DESC, u.name, a.title, te.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    )) as Row[];

    return {
      items: rows.map((row): CaseTimeEntry => ({
        ...toTimeEntry(row),
        activityTitle: row.activityTitle,
      })),
      total: count?.total ?? 0,
      limit: query.limit,
      offset: query.offset,
      totals: await this.totals(caseId),
    };
  }

  /** Every non-rejected hour of the case, whoever logged it: the same figures activities show. */
  private async totals(caseId: string): Promise<CaseHoursTotal[]> {
    const rows = (await this.db.query(
      `SELECT person_kind AS "personKind", sum(hours)::float8 AS hours,
              COALESCE(sum(hours) FILTER (WHERE status = 'approved'), 0)::float8 AS "approvedHours"
         FROM time_entry WHERE case_id = $1 AND status <> 'rejected'
        GROUP BY person_kind`,
      [caseId],
    )) as CaseHoursTotal[];
    return KINDS.map(
      (personKind) =>
        rows.find((row) => row.personKind === personKind) ?? {
          personKind,
          hours: 0,
          approvedHours: 0,
        },
    );
  }
}
