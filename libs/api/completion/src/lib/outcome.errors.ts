import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const OutcomeErrors = {
  caseNotFound: () => new AppError(ErrorCode.NotFound, 'Case not found.'),
  wrongState: (state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `Outcomes are recorded while the case is in completion; it is in ${state}. Nothing was saved.`,
    ),
  notCoordinator: () =>
    new AppError(
      ErrorCode.Forbidden,
      "Only the case's coordinator or an admin records its outcomes; others can read them.",
    ),
};
