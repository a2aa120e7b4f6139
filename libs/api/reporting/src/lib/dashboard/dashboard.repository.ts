import {
  ATTENTION_LIMIT,
  type AttentionItem,
  type CaseCompanyRef,
  REPORTING_STAGES,
  STALE_CASE_DAYS,
} from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { bindSql, caseInScopeOf, type ReportScope, scopeValues } from '../reporting-scope';

/** Raw figures of the dashboard; the definitions match the case-list filters of `@techpact/api/cases`. */
export interface DashboardFigures {
  funnel: Map<string, number>;
  agreementsSigned: number;
  activities: { identified: number; started: number; done: number };
  hours: { expert: number; sme: number };
  jobsCreated: number;
  companiesWithNewProducts: number;
  stageDurations: Map<string, { averageDays: number; cases: number }>;
  assessmentChange: { dimension: string; t0Average: number; t1Average: number; cases: number }[];
}

/**
 * The figures of `dashboard_daily` read together; parts are stages, activity milestones,
 * person kinds or dimension ids (T0 → T1). `newProducts` (parts: company ids) is counted apart.
 */
const DAILY_FIGURES = [
  'cases',
  'signed',
  'activities',
  'hours',
  'jobs',
  'stageDays',
  'assessmentChange',
] as const;
type DailyFigure = (typeof DAILY_FIGURES)[number];

interface DailyRow {
  figure: DailyFigure;
  part: string;
  n: number;
  total: number;
  totalB: number;
}

interface AttentionRow {
  caseId: string;
  company: CaseCompanyRef;
  state: string;
  since: Date;
  kind?: string;
  number?: number;
  signers?: number;
  signed?: number;
}

/** The open cases of the scope's municipalities, as a fence the planner cannot see through. */
const SCOPED_OPEN_CASES = (inScope: string) => `WITH scoped AS MATERIALIZED (
  SELECT cf.id, cf.programme_id, cf.municipality_id, cf.company_id, cf.state FROM case_file cf
   WHERE ${inScope} AND cf.state NOT IN ('completed', 'withdrawn'))`;

const COMPANY_JSON = `json_build_object('id', c.id, 'name', c.name,
  'registrationNumber', c.registration_number, 'country', trim(c.country))`;

/** The dashboard's reads: figures from the daily totals, attention lists over indexes. */
export class DashboardRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(
    sql: string,
    scope: ReportScope,
    extra: Record<string, unknown> = {},
  ): Promise<T[]> {
    const [text, params] = bindSql(sql, { ...scopeValues(scope), ...extra });
    return (await this.manager.query(text, params)) as T[];
  }

  /**
   * Every figure from the daily totals of migration 1795704000000, kept by triggers in the
   * transactions that change the data: one range read per figure, whatever the data's size.
   * Without a municipality filter the programme's roll-up rows (municipality NULL) are read.
   */
  async figures(scope: ReportScope): Promise<DashboardFigures> {
    // Spelled out per scope so that the municipality is part of the index range.
    const inScope = `d.programme_id = {programme} AND ${
      scope.municipalityIds === null
        ? 'd.municipality_id IS NULL'
        : 'd.municipality_id = ANY({municipalities}::uuid[])'
    } AND d.day >= {fromDate}::date AND d.day <= {toDate}::date`;
    const [rows, [companies]] = await Promise.all([
      this.rows<DailyRow>(
        `SELECT d.figure, d.part, sum(d.n)::float8 AS n, sum(d.total)::float8 AS total,
                sum(d.total_b)::float8 AS "totalB"
           FROM dashboard_daily d
          WHERE d.figure = ANY({figures}::text[]) AND ${inScope}
          GROUP BY d.figure, d.part`,
        scope,
        { figures: DAILY_FIGURES },
      ),
      // Parts are company ids: a company with two completed cases counts once.
      // A day's row never nets below zero, so "any day above zero" is "counted in the period";
      // counting distinct parts is four times faster than summing per company first.
      this.rows<{ n: number }>(
        `SELECT count(DISTINCT d.part) FILTER (WHERE d.n > 0)::int AS n
           FROM dashboard_daily d WHERE d.figure = 'newProducts' AND ${inScope}`,
        scope,
      ),
    ]);
    const of = (figure: DailyFigure) => rows.filter((row) => row.figure === figure && row.n !== 0);
    const count = (figure: DailyFigure, part = '') =>
      of(figure).find((row) => row.part === part)?.n ?? 0;
    const stages = of('stageDays').filter((row) =>
      (REPORTING_STAGES as readonly string[]).includes(row.part),
    );
    const dimensions = await this.dimensions(of('assessmentChange').map((row) => row.part));
    return {
      funnel: new Map(of('cases').map((row) => [row.part, row.n])),
      agreementsSigned: count('signed'),
      activities: {
        identified: count('activities', 'identified'),
        started: count('activities', 'started'),
        done: count('activities', 'done'),
      },
      hours: {
        expert: of('hours').find((row) => row.part === 'expert')?.total ?? 0,
        sme: of('hours').find((row) => row.part === 'sme')?.total ?? 0,
      },
      jobsCreated: of('jobs').reduce((sum, row) => sum + row.total, 0),
      companiesWithNewProducts: companies?.n ?? 0,
      stageDurations: new Map(
        stages.map((row) => [row.part, { averageDays: row.total / row.n, cases: row.n }]),
      ),
      assessmentChange: dimensions.flatMap((dimension) => {
        const row = of('assessmentChange').find((r) => r.part === dimension.id);
        return row
          ? [
              {
                dimension: dimension.name,
                t0Average: round(row.total / row.n, 2),
                t1Average: round(row.totalB / row.n, 2),
                cases: row.n,
              },
            ]
          : [];
      }),
    };
  }

  /** The dimensions behind the T0 → T1 figures, in the programme's order. */
  private async dimensions(ids: string[]): Promise<{ id: string; name: string }[]> {
    if (ids.length === 0) return [];
    return (await this.manager.query(
      `SELECT d.id, d.name FROM assessment_dimension d
        WHERE d.id = ANY($1::uuid[]) ORDER BY d.position, d.name`,
      [ids],
    )) as { id: string; name: string }[];
  }

  /** What needs attention now (the period does not apply), oldest first. */
  async attention(scope: ReportScope): Promise<{
    overdueReminders: AttentionItem[];
    staleCases: AttentionItem[];
    awaitingSignature: AttentionItem[];
  }> {
    const inScope = caseInScopeOf(scope);
    const [reminders, stale, awaiting] = await Promise.all([
      // Due, and the case is still where the reminder was scheduled: nothing happened since.
      // For some municipalities, their open cases first: walking the programme's due reminders
      // for a municipality with none read 45,000 of them (327 ms).
      this.rows<AttentionRow>(
        `${scope.municipalityIds === null ? '' : SCOPED_OPEN_CASES(inScope)}
         SELECT cf.id AS "caseId", ${COMPANY_JSON} AS company, cf.state, r.due_at AS since, r.kind
           FROM reminder r
           JOIN ${scope.municipalityIds === null ? 'case_file' : 'scoped'} cf ON cf.id = r.case_id
           JOIN company c ON c.id = cf.company_id
          WHERE r.programme_id = {programme} AND ${inScope}
            AND r.status IN ('scheduled', 'sent') AND r.due_at <= now()
            AND r.scheduled_in_state = cf.state
          ORDER BY r.due_at, r.id LIMIT {limit}`,
        scope,
        { limit: ATTENTION_LIMIT },
      ),
      this.rows<AttentionRow>(
        `SELECT cf.id AS "caseId", ${COMPANY_JSON} AS company, cf.state, cf.last_event_at AS since
           FROM case_file cf JOIN company c ON c.id = cf.company_id
          WHERE ${inScope} AND cf.state NOT IN ('completed', 'withdrawn')
            AND cf.last_event_at < now() - make_interval(days => {days})
          ORDER BY cf.last_event_at, cf.id LIMIT {limit}`,
        scope,
        { days: STALE_CASE_DAYS, limit: ATTENTION_LIMIT },
      ),
      // From the open versions in the order they were sent (an index), to the cases waiting.
      this.rows<AttentionRow>(
        `SELECT cf.id AS "caseId", ${COMPANY_JSON} AS company, cf.state, av.sent_at AS since,
                av.number,
                (SELECT count(*)::int FROM agreement_signer sg WHERE sg.version_id = av.id) AS signers,
                (SELECT count(sg.signed_at)::int FROM agreement_signer sg WHERE sg.version_id = av.id) AS signed
           FROM agreement_version av
           JOIN case_file cf ON cf.id = av.case_id
           JOIN company c ON c.id = cf.company_id
          WHERE av.status IN ('sent', 'signed') AND ${inScope}
            AND cf.state IN ('agreement.awaitingSignature', 'agreement.awaitingCountersignature')
          ORDER BY av.sent_at, av.case_id LIMIT {limit}`,
        scope,
        { limit: ATTENTION_LIMIT },
      ),
    ]);
    return {
      overdueReminders: reminders.map((row) =>
        item(row, `Reminder "${words(row.kind ?? '')}" was due and the case has not moved since`),
      ),
      staleCases: stale.map((row) =>
        item(row, `No event for ${daysSince(row.since)} days (stale after ${STALE_CASE_DAYS})`),
      ),
      awaitingSignature: awaiting.map((row) => item(row, signatureDetail(row))),
    };
  }
}

function item(row: AttentionRow, detail: string): AttentionItem {
  return {
    caseId: row.caseId,
    company: row.company,
    state: row.state,
    since: row.since.toISOString(),
    detail,
  };
}

function signatureDetail(row: AttentionRow): string {
  const version = row.number ? `Agreement version ${row.number}` : 'The agreement';
  if (row.state === 'agreement.awaitingCountersignature') {
    return `${version}: signed by the company, waiting for the coordinator's countersignature`;
  }
  const missing = (row.signers ?? 0) - (row.signed ?? 0);
  return `${version}: ${missing} of ${row.signers ?? 0} signers have not signed`;
}

/** `assessmentOverdue` → `assessment overdue`. */
function words(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function daysSince(since: Date): number {
  return Math.floor((Date.now() - since.getTime()) / 86_400_000);
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
