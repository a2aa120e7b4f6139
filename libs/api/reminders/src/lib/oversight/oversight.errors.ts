import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const OversightErrors = {
  caseNotFound: () =>
    new AppError(
      ErrorCode.NotFound,
      'Case not found: it does not exist or is outside your municipalities.',
    ),
  badRange: () =>
    new AppError(ErrorCode.Validation, '"from" must be before "to".', [
      { field: 'from', message: 'must be before to' },
    ]),
  unknownQueue: (queue: string, known: readonly string[]) =>
    new AppError(
      ErrorCode.NotFound,
      `There is no queue "${queue}"; the queues are ${known.join(', ')}.`,
    ),
  jobNotFound: (queue: string, id: string) =>
    new AppError(
      ErrorCode.NotFound,
      `The ${queue} queue has no job "${id}" (it may have been removed).`,
    ),
  notFailed: (id: string, state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `Job "${id}" is ${state}, not failed; only failed jobs can be retried.`,
    ),
  redisUnavailable: () =>
    new AppError(
      ErrorCode.Unavailable,
      'The queues cannot be read: Redis is not answering. Reminders are kept in the database and relayed when it is back.',
    ),
};
