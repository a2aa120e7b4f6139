import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type ActivityStatus } from '@techpact/contracts';

const LABEL: { readonly [S in ActivityStatus]: string } = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  cancelled: 'cancelled',
};

export const ActivityErrors = {
  caseNotFound: () => new AppError(ErrorCode.NotFound, 'Case not found.'),
  notFound: () => new AppError(ErrorCode.NotFound, 'Activity not found.'),
  notAllowed: () =>
    new AppError(
      ErrorCode.Forbidden,
      "Only the activity's responsible expert or the case's coordinator can change its status.",
    ),
  caseClosed: (state: string) =>
    new AppError(ErrorCode.Conflict, `The case is ${state}: its activities can no longer change.`),
  stale: (current: number, expected: number) =>
    new AppError(
      ErrorCode.Conflict,
      `The activity was changed by someone else (version ${current}, you had ${expected}); reload it and try again.`,
    ),
  transition: (from: ActivityStatus, to: ActivityStatus, allowed: readonly ActivityStatus[]) =>
    new AppError(
      ErrorCode.Conflict,
      `A ${LABEL[from]} activity cannot become ${LABEL[to]}${
        allowed.length > 0 ? `; it can become ${allowed.map((s) => LABEL[s]).join(' or ')}` : ''
      }.`,
    ),
  reasonRequired: () =>
    new AppError(ErrorCode.Validation, 'Say why the activity is cancelled (reason).', [
      { field: 'reason', message: 'Required to cancel an activity.' },
    ]),
};
