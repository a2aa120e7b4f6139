import {
  type CaseOutboxPayload,
  type CaseSummary,
  type CaseTimelineEntry,
} from '@techpact/contracts';
import { type CaseEffect, type CaseStateValue, type PersistedCase } from '@techpact/lifecycle';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { type CaseActor } from './case-command';
import { CaseListQuery } from './case-list.query';
import {
  caseScope,
  type RawSummary,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  toSummary,
} from './case-summary.sql';
import { type ListCasesQueryDto } from './dto/list-cases.query';

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
    return new CaseListQuery(this.manager).list(actor, query);
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
