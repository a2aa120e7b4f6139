import {
  type ApiErrorDetail,
  SAVED_CASE_VIEW_QUERY_KEYS,
  type SavedCaseViewQuery,
} from '@techpact/contracts';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { ListCasesQueryDto } from '../dto/list-cases.query';
import { SavedViewErrors } from './saved-view.errors';

const KNOWN_KEYS: ReadonlySet<string> = new Set(SAVED_CASE_VIEW_QUERY_KEYS);

function messages(errors: ValidationError[]): ApiErrorDetail[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => ({
      field: `query.${error.property}`,
      message: message.replace(error.property, `query.${error.property}`),
    })),
  );
}

/** Empty filters say nothing; dropping them lets equal views compare equal. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The query of a saved view, checked by the case list's own DTO so that a view never holds
 * parameters the list would refuse. Unknown keys (including `offset`) and bad values are refused
 * naming the field; the result holds only the keys that were given, in their parsed form
 * (`"state": "a,b"` becomes `["a", "b"]`, `"agreementSigned": "true"` becomes `true`).
 */
export function parseSavedViewQuery(plain: Readonly<Record<string, unknown>>): SavedCaseViewQuery {
  const unknown = Object.keys(plain).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    throw SavedViewErrors.invalidQuery(
      unknown.map((key) => ({
        field: `query.${key}`,
        message: `Unknown case-list filter "${key}"; a view may hold: ${SAVED_CASE_VIEW_QUERY_KEYS.join(', ')}.`,
      })),
    );
  }
  const parsed = plainToInstance(ListCasesQueryDto, plain);
  const errors = validateSync(parsed, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
  });
  if (errors.length > 0) throw SavedViewErrors.invalidQuery(messages(errors));

  const query: Record<string, unknown> = {};
  for (const key of SAVED_CASE_VIEW_QUERY_KEYS) {
    if (!(key in plain)) continue;
    const value: unknown = parsed[key];
    if (!isEmpty(value)) query[key] = typeof value === 'string' ? value.trim() : value;
  }
  // Every key is one of SavedCaseViewQuery's and its value passed the list's validation.
  return query as SavedCaseViewQuery;
}
