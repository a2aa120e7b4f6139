import {
  ATTENTION_LIMIT,
  type AttentionItem,
  type CaseCompanyRef,
  REPORTING_STAGES,
  STALE_CASE_DAYS,
} from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import {
  bindSql,
  CASE_IN_SCOPE,
  inPeriod,
  type ReportScope,
  scopeValues,
} from '../reporting-scope';

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

const COMPANY_JSON = `json_build_object('id', c.id, 'name', c.name,
  'registrationNumber', c.registration_number, 'country', trim(c.country))`;

/**
 * One aggregate query per figure (no per-case queries), each over an index of migration
 * 1795700400000; they run side by side on the pool.
 */
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

  async figures(scope: ReportScope): Promise<DashboardFigures> {
    const [funnel, signed, activities, hours, outcomes, stages, change] = await Promise.all([
      this.rows<{ stage: string; n: number }>(
        `SELECT split_part(cf.state, '.', 1) AS stage, count(*)::int AS n
           FROM case_file cf WHERE ${CASE_IN_SCOPE} AND ${inPeriod('cf.opened_at')}
          GROUP BY 1`,
        scope,
      ),
      // A case counts once, when its first agreement came into force (amendments are not new).
      this.rows<{ n: number }>(
        `SELECT count(*)::int AS n FROM (
           SELECT min(av.in_force_at) AS signed_at
             FROM agreement_version av JOIN case_file cf ON cf.id = av.case_id
            WHERE ${CASE_IN_SCOPE} AND av.status IN ('in_force', 'superseded')
            GROUP BY av.case_id) s
          WHERE ${inPeriod('s.signed_at')}`,
        scope,
      ),
      this.rows<{ identified: number; started: number; done: number }>(
        `SELECT count(*) FILTER (WHERE a.status <> 'cancelled' AND ${inPeriod('a.created_at')})::int AS identified,
                count(*) FILTER (WHERE a.status IN ('in_progress', 'done')
                                   AND ${inPeriod('COALESCE(a.started_at, a.done_at)')})::int AS started,
                count(*) FILTER (WHERE a.status = 'done' AND ${inPeriod('a.done_at')})::int AS done
           FROM activity a JOIN case_file cf ON cf.id = a.case_id WHERE ${CASE_IN_SCOPE}`,
        scope,
      ),
      // Kept per day by the time-entry triggers of migration 1795704000000.
      this.rows<{ kind: 'expert' | 'sme'; hours: number }>(
        `SELECT d.person_kind AS kind, sum(d.hours)::float8 AS hours
           FROM approved_hours_daily d
          WHERE d.programme_id = {programme}
            AND ({municipalities}::uuid[] IS NULL OR d.municipality_id = ANY({municipalities}::uuid[]))
            AND d.work_date >= {fromDate}::date AND d.work_date <= {toDate}::date
          GROUP BY 1`,
        scope,
      ),
      // Outcomes count when the case is completed: its last event (completed is final).
      this.rows<{ jobs: number; companies: number }>(
        `SELECT COALESCE(sum(o.jobs_created), 0)::int AS jobs,
                count(DISTINCT cf.company_id) FILTER (WHERE o.new_products > 0)::int AS companies
           FROM case_file cf JOIN case_outcome o ON o.case_id = cf.id
          WHERE ${CASE_IN_SCOPE} AND cf.state = 'completed' AND ${inPeriod('cf.last_event_at')}`,
        scope,
      ),
      // A case's stays in a stage are added up, then averaged over the cases.
      this.rows<{ stage: string; average: number; cases: number }>(
        `SELECT x.stage, avg(x.days)::float8 AS average, count(*)::int AS cases FROM (
           SELECT s.case_id, s.stage,
                  sum(extract(epoch FROM s.left_at - s.entered_at)) / 86400 AS days
             FROM case_stage_stay s
            WHERE s.programme_id = {programme}
              AND ({municipalities}::uuid[] IS NULL OR s.municipality_id = ANY({municipalities}::uuid[]))
              AND s.left_at IS NOT NULL AND ${inPeriod('s.left_at')}
              AND s.stage = ANY({stages}::text[])
            GROUP BY s.case_id, s.stage) x
          GROUP BY x.stage`,
        scope,
        { stages: REPORTING_STAGES },
      ),
      this.rows<{ dimension: string; t0: number; t1: number; cases: number }>(
        `SELECT d.name AS dimension, avg(s0.score)::float8 AS t0, avg(s1.score)::float8 AS t1,
                count(DISTINCT cf.id)::int AS cases
           FROM assessment a1
           JOIN case_file cf ON cf.id = a1.case_id
           JOIN assessment a0 ON a0.case_id = a1.case_id AND a0.kind = 'T0'
                             AND a0.submitted_at IS NOT NULL
           JOIN assessment_score s1 ON s1.assessment_id = a1.id AND s1.score IS NOT NULL
           JOIN assessment_score s0 ON s0.assessment_id = a0.id
                                   AND s0.dimension_id = s1.dimension_id AND s0.score IS NOT NULL
           JOIN assessment_dimension d ON d.id = s1.dimension_id
          WHERE ${CASE_IN_SCOPE} AND a1.kind = 'T1' AND a1.submitted_at IS NOT NULL
            AND ${inPeriod('a1.submitted_at')}
          GROUP BY d.id, d.name, d.position
          ORDER BY d.position, d.name`,
        scope,
      ),
    ]);
    const hoursOf = (kind: 'expert' | 'sme') => hours.find((row) => row.kind === kind)?.hours ?? 0;
    return {
      funnel: new Map(funnel.map((row) => [row.stage, row.n])),
      agreementsSigned: signed[0]?.n ?? 0,
      activities: activities[0] ?? { identified: 0, started: 0, done: 0 },
      hours: { expert: hoursOf('expert'), sme: hoursOf('sme') },
      jobsCreated: outcomes[0]?.jobs ?? 0,
      companiesWithNewProducts: outcomes[0]?.companies ?? 0,
      stageDurations: new Map(
        stages.map((row) => [row.stage, { averageDays: row.average, cases: row.cases }]),
      ),
      assessmentChange: change.map((row) => ({
        dimension: row.dimension,
        t0Average: round(row.t0, 2),
        t1Average: round(row.t1, 2),
        cases: row.cases,
      })),
    };
  }

  /** What needs attention now (the period does not apply), oldest first. */
  async attention(scope: ReportScope): Promise<{
    overdueReminders: AttentionItem[];
    staleCases: AttentionItem[];
    awaitingSignature: AttentionItem[];
  }> {
    const [reminders, stale, awaiting] = await Promise.all([
      // Due, and the case is still where the reminder was scheduled: nothing happened since.
      this.rows<AttentionRow>(
        `SELECT cf.id AS "caseId", ${COMPANY_JSON} AS company, cf.state, r.due_at AS since, r.kind
           FROM reminder r
           JOIN case_file cf ON cf.id = r.case_id
           JOIN company c ON c.id = cf.company_id
          WHERE r.programme_id = {programme} AND ${CASE_IN_SCOPE}
            AND r.status IN ('scheduled', 'sent') AND r.due_at <= now()
            AND r.scheduled_in_state = cf.state
          ORDER BY r.due_at, r.id LIMIT {limit}`,
        scope,
        { limit: ATTENTION_LIMIT },
      ),
      this.rows<AttentionRow>(
        `SELECT cf.id AS "caseId", ${COMPANY_JSON} AS company, cf.state, cf.last_event_at AS since
           FROM case_file cf JOIN company c ON c.id = cf.company_id
          WHERE ${CASE_IN_SCOPE} AND cf.state NOT IN ('completed', 'withdrawn')
            AND cf.last_event_at < now() - make_interval(days => {days})
          ORDER BY cf.last_event_at, cf.id LIMIT {limit}`,
        scope,
        { days: STALE_CASE_DAYS, limit: ATTENTION_LIMIT },
      ),
      this.rows<AttentionRow>(
        `SELECT cf.id AS "caseId", ${COMPANY_JSON} AS company, cf.state,
                COALESCE(av.sent_at, cf.last_event_at) AS since, av.number,
                (SELECT count(*)::int FROM agreement_signer sg WHERE sg.version_id = av.id) AS signers,
                (SELECT count(sg.signed_at)::int FROM agreement_signer sg WHERE sg.version_id = av.id) AS signed
           FROM case_file cf
           JOIN company c ON c.id = cf.company_id
           LEFT JOIN agreement_version av ON av.case_id = cf.id AND av.status IN ('sent', 'signed')
          WHERE ${CASE_IN_SCOPE}
            AND cf.state IN ('agreement.awaitingSignature', 'agreement.awaitingCountersignature')
          ORDER BY since, cf.id LIMIT {limit}`,
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
