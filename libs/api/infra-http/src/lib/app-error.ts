import { type ApiErrorDetail } from '@techpact/contracts';

/**
 * What went wrong, independent of HTTP. Services throw {@link AppError}s with one of these
 * codes; the one exception filter maps codes to status codes.
 */
export enum ErrorCode {
  Validation = 'validation',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  Gone = 'gone',
  Unprocessable = 'unprocessable',
  Throttled = 'throttled',
  Unavailable = 'unavailable',
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorDetail[],
    /** Seconds, for {@link ErrorCode.Throttled}. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const HTTP_STATUS_BY_CODE: { [C in ErrorCode]: number } = {
  [ErrorCode.Validation]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.Gone]: 410,
  [ErrorCode.Unprocessable]: 422,
  [ErrorCode.Throttled]: 429,
  [ErrorCode.Unavailable]: 503,
};
