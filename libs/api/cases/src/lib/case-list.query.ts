import { type CaseSummary } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { type CaseActor } from './case-command';
import { caseReportConditions } from './case-report-filters';
import {
  caseScope,
  type RawSummary,
  SORT_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  toSummary,
} from './case-summary.sql';
import { type ListCasesQueryDto } from './dto/list-cases.query';
import { containsPattern } from '@techpact/api/infra-db';

function direction(query: Pick<ListCasesQueryDto, 'order'>): 'ASC' | 'DESC' {
  return query.order === 'asc' ? 'ASC' : 'DESC';
}

/**
 * The list's total from `case_state_count` (migration 1795706000000), for an admin's or a
 * coordinator's list filtered at most by municipality and state: exact, and a few hundred rows
 * to add up instead of every case.
 */
function countedByState(
  actor: CaseActor,
  query: Pick<ListCasesQueryDto, 'municipalityId' | 'state'>,
): { sql: string; params: unknown[] } | null {
  if (actor.role !== 'admin' && actor.role !== 'coordinator') return null;
  const params: unknown[] = [actor.programmeId];
  const where = ['programme_id = $1'];
  if (actor.role === 'coordinator') {
    params.push(actor.municipalityIds);
    where.push(`municipality_id = ANY($${params.length}::uuid[])`);
  }
  if (query.municipalityId) {
    params.push(query.municipalityId);
    where.push(`municipality_id = $${params.length}`);
  }
  if (query.state?.length) {
    params.push(query.state);
    where.push(`state = ANY($${params.length}::text[])`);
  }
  return {
    sql: `SELECT COALESCE(sum(cases), 0)::int AS total FROM case_state_count WHERE ${where.join(' AND ')}`,
    params,
  };
}

/** The case list: filters, search, sorts and pages, with the total. */
export class CaseListQuery {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  async list(
    actor: CaseActor,
    query: ListCasesQueryDto,
  ): Promise<{ items: CaseSummary[]; total: number }> {
    const params: unknown[] = [];
    const where = [caseScope(actor, params)];
    if (query.state && query.state.length > 0) {
      params.push(query.state);
      where.push(`cf.state = ANY($${params.length}::text[])`);
    }
    if (query.municipalityId) {
      params.push(query.municipalityId);
      where.push(`cf.municipality_id = $${params.length}`);
    }
    if (query.coordinatorId) {
      params.push(query.coordinatorId);
      where.push(`cf.coordinator_id = $${params.length}`);
    }
    if (query.expertId) {
      params.push(query.expertId);
      where.push(
        `EXISTS (SELECT 1 FROM case_expert fe WHERE fe.case_id = cf.id AND fe.expert_id = $${params.length})`,
      );
    }
    if (query.q) {
      params.push(containsPattern(query.q));
      where.push(
        `(c.name ILIKE $${params.length} OR c.registration_number ILIKE $${params.length})`,
      );
    }
    const report = await caseReportConditions(this.manager, actor.programmeId, query, params);
    where.push(...report);
    const { total, ids } = await this.pageIds(actor, query, where, params, report.length === 0);
    const order = `${SORT_COLUMNS[query.sort]} ${direction(query)}, cf.id ${direction(query)}`;
    const rows =
      ids.length === 0
        ? []
        : await this.rows<RawSummary>(
            `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE cf.id = ANY($1::uuid[]) ORDER BY ${order}`,
            [ids],
          );
    return { items: rows.map(toSummary), total };
  }

  /**
   * The total and the page's ids, over the case rows alone (the company only when searched);
   * the caller builds the 25 summaries, so a deep page never builds the rows it skips.
   */
  private async pageIds(
    actor: CaseActor,
    query: ListCasesQueryDto,
    where: string[],
    params: unknown[],
    noReportFilter: boolean,
  ): Promise<{ total: number; ids: string[] }> {
    const sort = SORT_COLUMNS[query.sort];
    const limits = [...params, query.limit, query.offset];
    const [limit, offset] = [`$${params.length + 1}`, `$${params.length + 2}`];
    if (query.q) {
      // The matches first (trigram indexes of the company), then sorted: walking the sort
      // index instead scans every case before the first match when names cluster.
      const [row] = await this.rows<{ total: number; ids: string[] }>(
        `WITH hits AS MATERIALIZED (
           SELECT cf.id, ${sort} AS sort_value
             FROM case_file cf JOIN company c ON c.id = cf.company_id WHERE ${where.join(' AND ')})
         SELECT (SELECT count(*) FROM hits)::int AS total,
                ARRAY(SELECT id FROM hits ORDER BY sort_value ${direction(query)}, id ${direction(query)}
                       LIMIT ${limit} OFFSET ${offset}) AS ids`,
        limits,
      );
      return { total: row?.total ?? 0, ids: row?.ids ?? [] };
    }
    const from = `FROM case_file cf WHERE ${where.join(' AND ')}`;
    const simple = !query.coordinatorId && !query.expertId && noReportFilter;
    const count = (simple && countedByState(actor, query)) || {
      sql: `SELECT count(*)::int AS total ${from}`,
      params,
    };
    const [[total], page] = await Promise.all([
      this.rows<{ total: number }>(count.sql, count.params),
      this.rows<{ id: string }>(
        `SELECT cf.id ${from}
          ORDER BY ${sort} ${direction(query)}, cf.id ${direction(query)}
          LIMIT ${limit} OFFSET ${offset}`,
        limits,
      ),
    ]);
    return { total: total?.total ?? 0, ids: page.map((row) => row.id) };
  }
}
