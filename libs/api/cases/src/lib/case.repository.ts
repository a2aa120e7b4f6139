import {
  type CaseCompanyRef,
  type CaseOutboxPayload,
  type CaseSortField,
  type CaseSummary,
  type CaseTimelineEntry,
  type RefSummary,
} from '@techpact/contracts';
import { type CaseEffect, type CaseStateValue, type PersistedCase } from '@techpact/lifecycle';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { type CaseActor } from './case-command';
import { caseReportConditions } from './case-report-filters';
import { type ListCasesQueryDto } from './dto/list-cases.query';
import { containsPattern } from '@techpact/api/infra-db';

/** The states in which a case is closed; any other state counts as open. */
export const FINAL_CASE_STATES: readonly CaseStateValue[] = ['completed', 'withdrawn'];

const OPEN_CASE_INDEX = 'case_file_one_open_per_company';

/** A locked case row, as a transition needs it. */
export interface LockedCaseRow {
  id: string;
  programmeId: string;
  companyId: string;
  municipalityId: string;
  coordinatorId: string | null;
  state: string;
  snapshot: unknown;
  version: number;
}

/** A case as the read endpoints show it, plus the stored snapshot. */
export interface CaseReadRow extends CaseSummary {
  snapshot: unknown;
  machineVersion: number;
}

export interface CompanyRow {
  id: string;
  programmeId: string;
  municipalityId: string;
}

export interface AuditRecord {
  caseId: string;
  actorId: string | null;
  eventType: string;
  fromState: CaseStateValue | null;
  toState: CaseStateValue;
  payload: Record<string, unknown>;
  version: number;
}

const SORT_COLUMNS: { readonly [S in CaseSortField]: string } = {
  openedAt: 'cf.opened_at',
  updatedAt: 'cf.updated_at',
  companyName: 'cf.company_name',
};

const SUMMARY_COLUMNS = `cf.id, cf.state, cf.version,
  cf.opened_at AS "openedAt", cf.updated_at AS "updatedAt", cf.last_event_at AS "lastEventAt",
  json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                    'country', trim(c.country)) AS company,
  json_build_object('id', m.id, 'name', m.name) AS municipality,
  CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS coordinator,
  COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY e.name, e.id)
              FROM case_expert ce JOIN app_user e ON e.id = ce.expert_id
             WHERE ce.case_id = cf.id), '[]') AS experts`;

const SUMMARY_FROM = `FROM case_file cf
  JOIN company c ON c.id = cf.company_id
  JOIN municipality m ON m.id = cf.municipality_id
  LEFT JOIN app_user co ON co.id = cf.coordinator_id`;

interface RawSummary {
  id: string;
  state: string;
  version: number;
  openedAt: Date;
  updatedAt: Date;
  lastEventAt: Date;
  company: CaseCompanyRef;
  municipality: RefSummary;
  coordinator: RefSummary | null;
  experts: RefSummary[];
}

function toSummary(row: RawSummary): CaseSummary {
  return {
    id: row.id,
    company: row.company,
    municipality: row.municipality,
    coordinator: row.coordinator,
    experts: row.experts,
    state: row.state,
    version: row.version,
    openedAt: row.openedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastEventAt: row.lastEventAt.toISOString(),
  };
}

/**
 * The condition that keeps `actor` to their cases (alias `cf`): admins the programme,
 * coordinators their municipalities, experts the cases they are assigned to, SME users their
 * company's cases. Appends its parameters to `params`.
 */
export function caseScope(actor: CaseActor, params: unknown[]): string {
  params.push(actor.programmeId);
  const programme = `cf.programme_id = $${params.length}`;
  switch (actor.role) {
    case 'admin':
      return programme;
    case 'coordinator':
      params.push(actor.municipalityIds);
      return `${programme} AND cf.municipality_id = ANY($${params.length}::uuid[])`;
    case 'expert':
      params.push(actor.id);
      return `${programme} AND EXISTS (SELECT 1 FROM case_expert se WHERE se.case_id = cf.id AND se.expert_id = $${params.length})`;
    case 'sme':
      if (actor.companyId === null) return `${programme} AND false`;
      params.push(actor.companyId);
      return `${programme} AND cf.company_id = $${params.length}`;
  }
}

/** Whether `error` is the violation of the one-open-case-per-company index. */
export function isOpenCaseConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  return (
    typeof driverError === 'object' &&
    driverError !== null &&
    (driverError as { code?: unknown }).code === '23505' &&
    (driverError as { constraint?: unknown }).constraint === OPEN_CASE_INDEX
  );
}

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

/** The SQL of cases, their experts, audit events and outbox rows, on one entity manager. */
export class CaseRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  async findCompany(companyId: string): Promise<CompanyRow | null> {
    const [row] = await this.rows<CompanyRow>(
      `SELECT id, programme_id AS "programmeId", municipality_id AS "municipalityId"
         FROM company WHERE id = $1`,
      [companyId],
    );
    return row ?? null;
  }

  /** Whether `userId` is an active coordinator of the programme serving the municipality. */
  async isCoordinatorOf(
    programmeId: string,
    userId: string,
    municipalityId: string,
  ): Promise<boolean> {
    const rows = await this.rows(
      `SELECT 1 FROM app_user u JOIN coordinator_municipality cm ON cm.user_id = u.id
        WHERE u.id = $1 AND u.programme_id = $2 AND u.role = 'coordinator' AND u.active
          AND cm.municipality_id = $3`,
      [userId, programmeId, municipalityId],
    );
    return rows.length > 0;
  }

  /** The coordinator of a municipality when it has exactly one active coordinator. */
  async soleCoordinatorOf(programmeId: string, municipalityId: string): Promise<string | null> {
    const rows = await this.rows<{ id: string }>(
      `SELECT u.id FROM app_user u JOIN coordinator_municipality cm ON cm.user_id = u.id
        WHERE u.programme_id = $1 AND u.role = 'coordinator' AND u.active
          AND cm.municipality_id = $2
        LIMIT 2`,
      [programmeId, municipalityId],
    );
    return rows.length === 1 && rows[0] ? rows[0].id : null;
  }

  async openCaseOf(companyId: string): Promise<string | null> {
    const [row] = await this.rows<{ id: string }>(
      `SELECT id FROM case_file WHERE company_id = $1 AND NOT (state = ANY($2::text[]))`,
      [companyId, FINAL_CASE_STATES],
    );
    return row?.id ?? null;
  }

  async insertCase(values: {
    programmeId: string;
    companyId: string;
    municipalityId: string;
    coordinatorId: string | null;
    state: CaseStateValue;
    persisted: PersistedCase;
  }): Promise<{ id: string; openedAt: Date }> {
    const [row] = await this.rows<{ id: string; openedAt: Date }>(
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state, snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0)
       RETURNING id, opened_at AS "openedAt"`,
      [
        values.programmeId,
        values.companyId,
        values.municipalityId,
        values.coordinatorId,
        values.state,
        JSON.stringify(values.persisted),
        values.persisted.machineVersion,
      ],
    );
    if (!row) throw new Error('INSERT INTO case_file returned no row');
    return row;
  }

  /**
   * Locks the case row for the rest of the transaction; null when it is not in `actor`'s scope.
   * NO KEY: rows that only reference the case (reminders, outbox) take key-share locks, which this
   * does not wait for, so a relay batch stuck on Redis never holds up a transition.
   */
  async lockInScope(actor: CaseActor, caseId: string): Promise<LockedCaseRow | null> {
    const params: unknown[] = [caseId];
    const [row] = await this.rows<LockedCaseRow>(
      `SELECT cf.id, cf.programme_id AS "programmeId", cf.company_id AS "companyId",
              cf.municipality_id AS "municipalityId", cf.coordinator_id AS "coordinatorId",
              cf.state, cf.snapshot, cf.version
         FROM case_file cf
        WHERE cf.id = $1 AND ${caseScope(actor, params)}
          FOR NO KEY UPDATE OF cf`,
      params,
    );
    return row ?? null;
  }

  async isActiveExpert(programmeId: string, userId: string): Promise<boolean> {
    const rows = await this.rows(
      `SELECT 1 FROM app_user WHERE id = $1 AND programme_id = $2 AND role = 'expert' AND active`,
      [userId, programmeId],
    );
    return rows.length > 0;
  }

  async assignExpert(caseId: string, expertId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO case_expert (case_id, expert_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [caseId, expertId],
    );
  }

  /** Stores the next snapshot; returns the transition time (the transaction's `now()`). */
  async saveTransition(
    caseId: string,
    persisted: PersistedCase,
    state: CaseStateValue,
    version: number,
  ): Promise<Date> {
    const [row] = await this.rows<{ at: Date }>(
      // As a CTE so that the driver returns the rows (a bare UPDATE answers [rows, count]).
      `WITH saved AS (
         UPDATE case_file
            SET snapshot = $2, machine_version = $3, state = $4, version = $5,
                updated_at = now(), last_event_at = now()
          WHERE id = $1 AND version = $5 - 1
          RETURNING last_event_at
       )
       SELECT last_event_at AS at FROM saved`,
      [caseId, JSON.stringify(persisted), persisted.machineVersion, state, version],
    );
    // The row is locked, so this only fails if the lock was not taken: never silently lose a write.
    if (!row) throw new Error(`Case ${caseId} was not at version ${version - 1} when saving`);
    return row.at;
  }

  /** Moves a locked case to `version` without a state change (see `recordCaseAudit`). */
  async bumpVersion(caseId: string, version: number): Promise<void> {
    const [, count] = (await this.manager.query(
      `UPDATE case_file SET version = $2, updated_at = now() WHERE id = $1 AND version = $2 - 1`,
      [caseId, version],
    )) as [unknown, number];
    if (count !== 1) throw new Error(`Case ${caseId} was not at version ${version - 1}`);
  }

  async appendAudit(record: AuditRecord): Promise<void> {
    await this.manager.query(
      `INSERT INTO audit_event (case_id, actor_id, event_type, from_state, to_state, payload, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        record.caseId,
        record.actorId,
        record.eventType,
        record.fromState,
        record.toState,
        JSON.stringify(record.payload),
        record.version,
      ],
    );
  }

  /** One outbox row per effect, in the order the machine emitted them. */
  async appendOutbox(payloads: readonly CaseOutboxPayload<CaseEffect>[]): Promise<void> {
    if (payloads.length === 0) return;
    const params: unknown[] = [];
    const values = payloads.map((payload) => {
      params.push(payload.caseId, payload.effect.type, JSON.stringify(payload));
      const n = params.length;
      return `($${n - 2}, $${n - 1}, $${n})`;
    });
    await this.manager.query(
      `INSERT INTO outbox (case_id, kind, payload) VALUES ${values.join(', ')}`,
      params,
    );
  }

  async findInScope(actor: CaseActor, caseId: string): Promise<CaseReadRow | null> {
    const params: unknown[] = [caseId];
    const [row] = await this.rows<RawSummary & { snapshot: unknown; machineVersion: number }>(
      `SELECT ${SUMMARY_COLUMNS}, cf.snapshot, cf.machine_version AS "machineVersion"
         ${SUMMARY_FROM}
        WHERE cf.id = $1 AND ${caseScope(actor, params)}`,
      params,
    );
    if (!row) return null;
    return { ...toSummary(row), snapshot: row.snapshot, machineVersion: row.machineVersion };
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

  /** Audit events of a case, newest first. */
  async timeline(
    caseId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: CaseTimelineEntry[]; total: number }> {
    const [count] = await this.rows<{ total: number }>(
      `SELECT count(*)::int AS total FROM audit_event WHERE case_id = $1`,
      [caseId],
    );
    const rows = await this.rows<Omit<CaseTimelineEntry, 'createdAt'> & { createdAt: Date }>(
      `SELECT a.id::text AS id, a.event_type AS type, a.from_state AS "fromState",
              a.to_state AS "toState", a.payload, a.version, a.created_at AS "createdAt",
              CASE WHEN u.id IS NULL THEN NULL
                   ELSE json_build_object('id', u.id, 'name', u.name, 'role', u.role) END AS actor
         FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_id
        WHERE a.case_id = $1
        ORDER BY a.version DESC, a.id DESC
        LIMIT $2 OFFSET $3`,
      [caseId, limit, offset],
    );
    return {
      items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      total: count?.total ?? 0,
    };
  }
}
