import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type CaseEventType, CASE_EVENT_TYPES } from '@techpact/lifecycle';

export const CaseErrors = {
  caseNotFound: () => new AppError(ErrorCode.NotFound, 'Case not found.'),
  companyNotFound: () => new AppError(ErrorCode.NotFound, 'Company not found.'),
  companyOutsideScope: () =>
    new AppError(
      ErrorCode.Forbidden,
      'This company is outside your access: you can open cases only for companies in your municipalities.',
    ),
  openCaseExists: (caseId?: string) =>
    new AppError(
      ErrorCode.Conflict,
      `This company already has an open case${caseId ? ` (${caseId})` : ''}. Complete or withdraw it before opening a new one.`,
      caseId ? [{ field: 'companyId', message: `Open case: ${caseId}` }] : undefined,
    ),
  coordinatorInvalid: () =>
    new AppError(
      ErrorCode.Validation,
      'The coordinator must be an active coordinator of the programme who serves the company’s municipality.',
      [{ field: 'coordinatorId', message: 'Not a coordinator of this company’s municipality.' }],
    ),
  stale: (current: number, expected: number) =>
    new AppError(
      ErrorCode.Conflict,
      `The case is stale: it is at version ${current}, you sent expectedVersion ${expected}. Reload the case and try again.`,
      [{ field: 'expectedVersion', message: `The current version is ${current}.` }],
    ),
  notAccepted: (message: string, allowed: readonly CaseEventType[]) =>
    new AppError(
      ErrorCode.Conflict,
      message,
      allowed.map((type) => ({ field: 'allowedEvents', message: type })),
    ),
  forbidden: (message: string) => new AppError(ErrorCode.Forbidden, message),
  guardFailed: (message: string) => new AppError(ErrorCode.Unprocessable, message),
  unknownEventType: (given: unknown) =>
    new AppError(
      ErrorCode.Validation,
      `${given === undefined ? 'The event type is missing' : `Unknown event type ${JSON.stringify(given)}`}; valid types: ${CASE_EVENT_TYPES.join(', ')}.`,
      [{ field: 'type', message: `type must be one of: ${CASE_EVENT_TYPES.join(', ')}` }],
    ),
  bodyNotObject: () =>
    new AppError(ErrorCode.Validation, 'The request body must be a JSON object with a "type".'),
};
