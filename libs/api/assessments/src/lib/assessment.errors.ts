import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type AssessmentKind } from '@techpact/contracts';

const STAGE: { readonly [K in AssessmentKind]: { name: string; state: string } } = {
  T0: { name: 'baseline (T0)', state: 'assessment.inProgress' },
  T1: { name: 'follow-up (T1)', state: 'completion' },
};

export const AssessmentErrors = {
  caseNotFound: () => new AppError(ErrorCode.NotFound, 'Case not found.'),
  notTheExpert: () =>
    new AppError(
      ErrorCode.Forbidden,
      'Only the expert assigned to the case can fill in its assessment; coordinators and admins can read it.',
    ),
  wrongState: (kind: AssessmentKind, state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The ${STAGE[kind].name} assessment can be edited only while the case is in ${STAGE[kind].state}; it is in ${state}.`,
    ),
  submitted: (kind: AssessmentKind) =>
    new AppError(
      ErrorCode.Conflict,
      `The ${STAGE[kind].name} assessment has been submitted and can no longer change.`,
    ),
  unknownDimensions: (indexes: { index: number; id: string }[]) =>
    new AppError(
      ErrorCode.Validation,
      `Unknown dimension${indexes.length > 1 ? 's' : ''} ${indexes.map((u) => u.id).join(', ')}: score only the dimensions of this assessment (see its "dimensions"). Nothing was saved.`,
      indexes.map((u) => ({
        field: `scores.${u.index}.dimensionId`,
        message: `${u.id} is not a dimension of this assessment.`,
      })),
    ),
  duplicateDimension: (index: number, id: string) =>
    new AppError(
      ErrorCode.Validation,
      `Dimension ${id} is scored twice; send each dimension once. Nothing was saved.`,
      [{ field: `scores.${index}.dimensionId`, message: 'Listed twice.' }],
    ),
  incomplete: (missing: readonly string[]) =>
    new AppError(
      ErrorCode.Unprocessable,
      `Every dimension must be scored: missing ${missing.join(', ')}`,
      missing.map((name) => ({ field: 'scores', message: `${name} has no score.` })),
    ),
  dimensionNotFound: () => new AppError(ErrorCode.NotFound, 'Assessment dimension not found.'),
  dimensionTaken: (what: 'name' | 'key', value: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The programme already has a dimension with the ${what} "${value}".`,
      [{ field: what, message: 'Already used in this programme.' }],
    ),
};

export function isUniqueViolation(error: unknown): { constraint: string } | null {
  if (typeof error !== 'object' || error === null) return null;
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const { code, constraint } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' ? { constraint: typeof constraint === 'string' ? constraint : '' } : null;
}
