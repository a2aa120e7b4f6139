import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const AuthErrors = {
  wrongCredentials: () => new AppError(ErrorCode.Unauthenticated, 'Wrong e-mail or password.'),
  throttled: (retryAfter: number) =>
    new AppError(
      ErrorCode.Throttled,
      `Too many failed sign-in attempts. Please wait ${Math.ceil(retryAfter / 60)} minute(s) and try again.`,
      undefined,
      retryAfter,
    ),
  signInRequired: () => new AppError(ErrorCode.Unauthenticated, 'Please sign in to continue.'),
  noAccessRule: () =>
    new AppError(
      ErrorCode.Forbidden,
      'This endpoint declares no access rule, so it is closed to everyone.',
    ),
  roleNotAllowed: (role: string) =>
    new AppError(ErrorCode.Forbidden, `This action is not available to the ${role} role.`),
  csrf: () =>
    new AppError(
      ErrorCode.Forbidden,
      'Missing or invalid CSRF token: send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header.',
    ),
  invitationNotFound: () =>
    new AppError(
      ErrorCode.NotFound,
      'This invitation link is not valid. Ask the programme team for a new one.',
    ),
  invitationUsed: () =>
    new AppError(
      ErrorCode.Gone,
      'This invitation has already been used. Sign in with your e-mail and password.',
    ),
  invitationExpired: (at: Date) =>
    new AppError(
      ErrorCode.Gone,
      `This invitation expired on ${at.toISOString().slice(0, 10)}. Ask the programme team for a new one.`,
    ),
  emailTaken: (email: string) =>
    new AppError(ErrorCode.Conflict, `A user with the e-mail ${email} already exists.`),
  userNotFound: () => new AppError(ErrorCode.NotFound, 'User not found.'),
};
