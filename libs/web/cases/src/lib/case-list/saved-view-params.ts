import { type ParamMap, type Params } from '@angular/router';
import {
  SAVED_CASE_VIEW_QUERY_KEYS,
  type SavedCaseViewQuery,
  type SavedCaseViewQueryKey,
} from '@techpact/contracts';

/** The list's defaults, left out of both the address and a saved view. */
export const LIST_DEFAULTS = { sort: 'updatedAt', order: 'desc', size: 25 } as const;

const LIST_KEYS = new Set(['state', 'stage']);
const FLAG_KEYS = new Set(['agreementSigned', 'hasOutcomes', 'jobsCreated', 'newProducts']);
const SAVED_KEYS: ReadonlySet<string> = new Set(SAVED_CASE_VIEW_QUERY_KEYS);

function isSavedKey(key: string): key is SavedCaseViewQueryKey {
  return SAVED_KEYS.has(key);
}

/**
 * The case list's address as a saved view's query: `size` becomes `limit`, the page is dropped
 * (a view opens on its first page), defaults are left out, and only known keys are kept.
 */
export function viewQueryFromParams(params: ParamMap): SavedCaseViewQuery {
  const query: Record<string, unknown> = {};
  for (const key of params.keys) {
    if (!isSavedKey(key) || key === 'limit') continue;
    const values = params
      .getAll(key)
      .flatMap((value) => (LIST_KEYS.has(key) ? value.split(',') : [value]))
      .map((value) => value.trim())
      .filter((value) => value !== '');
    if (values.length === 0) continue;
    if (LIST_KEYS.has(key)) query[key] = values;
    else if (FLAG_KEYS.has(key)) query[key] = values[0] === 'true';
    else query[key] = values[0];
  }
  const size = Number(params.get('size'));
  if (Number.isInteger(size) && size > 0 && size !== LIST_DEFAULTS.size) query['limit'] = size;
  if (query['sort'] === LIST_DEFAULTS.sort && query['order'] === LIST_DEFAULTS.order) {
    delete query['sort'];
    delete query['order'];
  }
  // Built from the known keys only, with the value types of SavedCaseViewQuery.
  return query as SavedCaseViewQuery;
}

/** A saved view's query as the case list's address (`limit` as `size`, every other key as is). */
export function paramsFromViewQuery(query: SavedCaseViewQuery): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    const name = key === 'limit' ? 'size' : key;
    params[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return params;
}

/** One comparable form of a view's filters: order of keys and of list values does not matter. */
export function viewKey(query: SavedCaseViewQuery): string {
  const params = paramsFromViewQuery(query);
  if (params['sort'] === LIST_DEFAULTS.sort && params['order'] === LIST_DEFAULTS.order) {
    delete params['sort'];
    delete params['order'];
  }
  if (params['size'] === String(LIST_DEFAULTS.size)) delete params['size'];
  return Object.keys(params)
    .sort()
    .map((key) => {
      const value: unknown = params[key];
      return `${key}=${Array.isArray(value) ? [...(value as string[])].sort().join(',') : String(value)}`;
    })
    .join('&');
}
