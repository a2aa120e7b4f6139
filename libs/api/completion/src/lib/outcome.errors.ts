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
  reportNotReady: (state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `The case report is made for a completed case; this case is in ${state}.`,
    ),
  followUpWrongState: (state: string) =>
    new AppError(
      ErrorCode.Conflict,
      `A follow-up (T1) assessment is requested while the case is in completion; it is in ${state}. Nobody was notified.`,
    ),
  followUpNotCoordinator: () =>
    new AppError(
      ErrorCode.Forbidden,
      "Only the case's coordinator or an admin asks for the follow-up assessment.",
    ),
  noExperts: () =>
    new AppError(
      ErrorCode.Conflict,
      'The case has no expert to ask for the follow-up assessment; assign one first. Nobody was notified.',
    ),
};
