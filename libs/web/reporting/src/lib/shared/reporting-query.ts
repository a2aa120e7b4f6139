import { type ParamMap } from '@angular/router';
import { type ReportingQuery } from '@techpact/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The set filters only, as query parameters (for the API and for the page's address). */
export function queryParams(query: ReportingQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.municipalityId) params['municipalityId'] = query.municipalityId;
  return params;
}

/** The filters of an address; malformed dates are left out rather than sent to be refused. */
export function readQuery(params: ParamMap): ReportingQuery {
  const query: ReportingQuery = {};
  const from = params.get('from');
  const to = params.get('to');
  const municipalityId = params.get('municipalityId');
  if (from && DATE.test(from)) query.from = from;
  if (to && DATE.test(to)) query.to = to;
  if (municipalityId) query.municipalityId = municipalityId;
  return query;
}

/** A period whose end comes before its start. */
export function periodInvalid(query: ReportingQuery): boolean {
  return Boolean(query.from && query.to && query.from > query.to);
}

export function sameQuery(a: ReportingQuery, b: ReportingQuery): boolean {
  return a.from === b.from && a.to === b.to && a.municipalityId === b.municipalityId;
}

function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The funder report needs a period; without one in the address it covers the year to date, the
 * span funders most often ask for. The filters show it, so it is never a hidden choice.
 */
export function withDefaultPeriod(query: ReportingQuery, today = new Date()): ReportingQuery {
  return {
    ...query,
    from: query.from ?? `${today.getFullYear()}-01-01`,
    to: query.to ?? isoDay(today),
  };
}
