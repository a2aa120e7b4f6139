import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const ProgrammeErrors = {
  programmeNotFound: () => new AppError(ErrorCode.NotFound, 'Programme not found.'),
  municipalityNotFound: () => new AppError(ErrorCode.NotFound, 'Municipality not found.'),
  nameTaken: (what: string, name: string) =>
    new AppError(ErrorCode.Conflict, `A ${what} named "${name}" already exists.`),
  periodReversed: () =>
    new AppError(ErrorCode.Validation, 'The programme cannot end before it starts.', [
      { field: 'endsOn', message: 'endsOn must be on or after startsOn.' },
    ]),
};

/** PostgreSQL's unique_violation: the database is the judge of uniqueness under concurrency. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}
