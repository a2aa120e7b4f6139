import { type AuthUser } from '@techpact/api/auth';
import { type RefSummary, type ReportingQuery } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';
import { ReportingErrors } from './reporting.errors';

/** Who reports on what: a programme, optionally some municipalities, and a period. */
export interface ReportScope {
  programme: RefSummary;
  timeZone: string;
  settings: Record<string, unknown>;
  /** null: the whole programme. */
  municipalityIds: string[] | null;
  municipality: RefSummary | null;
  query: ReportingQuery;
  /** The period in programme time: [lo, hi) as timestamps, [fromDate, toDate] as dates. */
  lo: string;
  hi: string;
  fromDate: string;
  toDate: string;
}

export type ReportActor = Pick<AuthUser, 'role' | 'programmeId' | 'municipalityIds'>;

interface ScopeRow {
  name: string;
  timeZone: string;
  settings: Record<string, unknown>;
  lo: Date | null;
  hi: Date | null;
  municipalityName: string | null;
  coversProgramme: boolean;
}

/**
 * Resolves the caller's scope: admins the programme (or one municipality of it), coordinators
 * their municipalities (or one of them). The period is read in the programme's time zone.
 */
export async function resolveReportScope(
  manager: EntityManager,
  actor: ReportActor,
  query: ReportingQuery,
): Promise<ReportScope> {
  if (query.from && query.to && query.from > query.to) {
    throw ReportingErrors.periodReversed(query.from, query.to);
  }
  if (
    query.municipalityId &&
    actor.role === 'coordinator' &&
    !actor.municipalityIds.includes(query.municipalityId)
  ) {
    throw ReportingErrors.notYourMunicipality();
  }
  const [row] = (await manager.query(
    `SELECT p.name, p.time_zone AS "timeZone", p.settings,
            ($2::date)::timestamp AT TIME ZONE p.time_zone AS lo,
            ($3::date + 1)::timestamp AT TIME ZONE p.time_zone AS hi,
            (SELECT m.name FROM municipality m WHERE m.id = $4 AND m.programme_id = p.id)
              AS "municipalityName",
            NOT EXISTS (SELECT 1 FROM municipality m
                         WHERE m.programme_id = p.id AND m.id <> ALL($5::uuid[]))
              AS "coversProgramme"
       FROM programme p WHERE p.id = $1`,
    [
      actor.programmeId,
      query.from ?? null,
      query.to ?? null,
      query.municipalityId ?? null,
      actor.municipalityIds,
    ],
  )) as ScopeRow[];
  if (!row) throw ReportingErrors.programmeNotFound();
  if (query.municipalityId && row.municipalityName === null) {
    throw ReportingErrors.municipalityNotFound();
  }
  // A coordinator of every municipality sees the programme: its figures are read whole.
  const municipalityIds = query.municipalityId
    ? [query.municipalityId]
    : actor.role === 'coordinator' && !row.coversProgramme
      ? actor.municipalityIds
      : null;
  return {
    programme: { id: actor.programmeId, name: row.name },
    timeZone: row.timeZone,
    settings: row.settings,
    municipalityIds,
    municipality:
      query.municipalityId && row.municipalityName
        ? { id: query.municipalityId, name: row.municipalityName }
        : null,
    query: cleanQuery(query),
    lo: row.lo ? row.lo.toISOString() : '-infinity',
    hi: row.hi ? row.hi.toISOString() : 'infinity',
    fromDate: query.from ?? '-infinity',
    toDate: query.to ?? 'infinity',
  };
}

function cleanQuery(query: ReportingQuery): ReportingQuery {
  const clean: ReportingQuery = {};
  if (query.from) clean.from = query.from;
  if (query.to) clean.to = query.to;
  if (query.municipalityId) clean.municipalityId = query.municipalityId;
  return clean;
}

/** The named values of reporting SQL: `{programme}`, `{municipalities}`, `{lo}`, `{hi}`, `{fromDate}`, `{toDate}`. */
export function scopeValues(scope: ReportScope): Record<string, unknown> {
  return {
    programme: scope.programme.id,
    municipalities: scope.municipalityIds,
    onlyMunicipality: scope.municipalityIds?.[0] ?? null,
    lo: scope.lo,
    hi: scope.hi,
    fromDate: scope.fromDate,
    toDate: scope.toDate,
  };
}

/**
 * Turns `{name}` placeholders into positional parameters, passing only the values the SQL uses
 * (PostgreSQL cannot type a parameter it never sees).
 */
export function bindSql(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const positions = new Map<string, number>();
  const text = sql.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in reporting SQL`);
    let position = positions.get(name);
    if (position === undefined) {
      params.push(values[name]);
      position = params.length;
      positions.set(name, position);
    }
    return `$${position}`;
  });
  return [text, params];
}

/** The cases of the scope (alias `cf`). */
export const CASE_IN_SCOPE = `cf.programme_id = {programme}
  AND ({municipalities}::uuid[] IS NULL OR cf.municipality_id = ANY({municipalities}::uuid[]))`;

/**
 * {@link CASE_IN_SCOPE} spelled out for this scope, so that the planner sees which index fits:
 * one municipality is an equality (an ordered index range), the whole programme has none.
 */
export function caseInScopeOf(scope: ReportScope): string {
  const ids = scope.municipalityIds;
  if (ids === null) return 'cf.programme_id = {programme}';
  return ids.length === 1
    ? 'cf.programme_id = {programme} AND cf.municipality_id = {onlyMunicipality}::uuid'
    : 'cf.programme_id = {programme} AND cf.municipality_id = ANY({municipalities}::uuid[])';
}

/** `column` within the period. */
export const inPeriod = (column: string) =>
  `${column} >= {lo}::timestamptz AND ${column} < {hi}::timestamptz`;
