import { type SizeBand } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import {
  bindSql,
  CASE_IN_SCOPE,
  inPeriod,
  type ReportScope,
  scopeValues,
} from '../reporting-scope';

export interface EnterpriseRow {
  companyId: string;
  name: string;
  registrationNumber: string;
  municipality: string;
  sizeBand: SizeBand | null;
}

/** Per enterprise: its value for an indicator. */
export type EnterpriseValues = Map<string, number>;

/*
 * "Supported in the period", applied to every indicator:
 * - a case is ACTIVE in the period when it was opened before the period ended and was not closed
 *   (completed or withdrawn, at its last event: both are final) before the period began;
 * - RCO02 (supported by grants): an enterprise with an active case whose agreement (the grant of
 *   free expert hours) was in force at some time in the period, i.e. came into force before the
 *   period ended (it stays in force until the case closes);
 * - RCO01 (supported): RCO02, plus an enterprise with an active case whose technology assessment
 *   (the first support, by an expert) had begun before the period ended;
 * - RCR01/RCR02: the outcomes of the cases completed in the period (recorded at completion).
 * Each enterprise counts once, however many cases it has.
 */
const ACTIVE_CASE = `${CASE_IN_SCOPE} AND cf.opened_at < {hi}::timestamptz
  AND (cf.state NOT IN ('completed', 'withdrawn') OR cf.last_event_at >= {lo}::timestamptz)`;

const AGREEMENT_IN_FORCE = `EXISTS (SELECT 1 FROM agreement_version av
  WHERE av.case_id = cf.id AND av.status IN ('in_force', 'superseded')
    AND av.in_force_at < {hi}::timestamptz)`;

const ASSESSMENT_BEGUN = `EXISTS (SELECT 1 FROM assessment s
  WHERE s.case_id = cf.id AND s.kind = 'T0' AND s.created_at < {hi}::timestamptz)`;

export class FunderReportRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, scope: ReportScope): Promise<T[]> {
    const [text, params] = bindSql(sql, scopeValues(scope));
    return (await this.manager.query(text, params)) as T[];
  }

  private async values(sql: string, scope: ReportScope): Promise<EnterpriseValues> {
    const rows = await this.rows<{ companyId: string; value: number }>(sql, scope);
    return new Map(rows.map((row) => [row.companyId, row.value]));
  }

  supported(scope: ReportScope): Promise<EnterpriseValues> {
    return this.values(
      `SELECT DISTINCT cf.company_id AS "companyId", 1 AS value FROM case_file cf
        WHERE ${ACTIVE_CASE} AND (${AGREEMENT_IN_FORCE} OR ${ASSESSMENT_BEGUN})`,
      scope,
    );
  }

  supportedByGrants(scope: ReportScope): Promise<EnterpriseValues> {
    return this.values(
      `SELECT DISTINCT cf.company_id AS "companyId", 1 AS value FROM case_file cf
        WHERE ${ACTIVE_CASE} AND ${AGREEMENT_IN_FORCE}`,
      scope,
    );
  }

  /** Jobs and private investment per enterprise, over its cases completed in the period. */
  async outcomes(
    scope: ReportScope,
  ): Promise<{ jobs: EnterpriseValues; investment: EnterpriseValues }> {
    const rows = await this.rows<{ companyId: string; jobs: number; investment: number }>(
      `SELECT cf.company_id AS "companyId", sum(o.jobs_created)::int AS jobs,
              sum(o.private_investment_dkk)::float8 AS investment
         FROM case_file cf JOIN case_outcome o ON o.case_id = cf.id
        WHERE ${CASE_IN_SCOPE} AND cf.state = 'completed' AND ${inPeriod('cf.last_event_at')}
        GROUP BY cf.company_id`,
      scope,
    );
    const positive = (pick: (row: (typeof rows)[number]) => number): EnterpriseValues =>
      new Map(rows.filter((row) => pick(row) > 0).map((row) => [row.companyId, pick(row)]));
    return { jobs: positive((row) => row.jobs), investment: positive((row) => row.investment) };
  }

  async hours(scope: ReportScope): Promise<{ expert: number; sme: number }> {
    const rows = await this.rows<{ kind: 'expert' | 'sme'; hours: number }>(
      `SELECT t.person_kind AS kind, sum(t.hours)::float8 AS hours
         FROM time_entry t JOIN case_file cf ON cf.id = t.case_id
        WHERE t.programme_id = {programme} AND ${CASE_IN_SCOPE} AND t.status = 'approved'
          AND t.work_date >= {fromDate}::date AND t.work_date <= {toDate}::date
        GROUP BY 1`,
      scope,
    );
    const of = (kind: 'expert' | 'sme') => rows.find((row) => row.kind === kind)?.hours ?? 0;
    return { expert: of('expert'), sme: of('sme') };
  }

  async enterprises(companyIds: readonly string[]): Promise<Map<string, EnterpriseRow>> {
    const rows = (await this.manager.query(
      `SELECT c.id AS "companyId", c.name, c.registration_number AS "registrationNumber",
              m.name AS municipality, c.size_band AS "sizeBand"
         FROM company c JOIN municipality m ON m.id = c.municipality_id
        WHERE c.id = ANY($1::uuid[])`,
      [companyIds],
    )) as EnterpriseRow[];
    return new Map(rows.map((row) => [row.companyId, row]));
  }
}
