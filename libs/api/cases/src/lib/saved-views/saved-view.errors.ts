import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type ApiErrorDetail, SAVED_CASE_VIEW_LIMIT } from '@techpact/contracts';

export const SavedViewErrors = {
  notFound: () => new AppError(ErrorCode.NotFound, 'Saved view not found.'),
  nameTaken: (name: string) =>
    new AppError(
      ErrorCode.Conflict,
      `You already have a saved view named "${name}". Choose another name.`,
      [{ field: 'name', message: 'You already have a view with this name.' }],
    ),
  limitReached: () =>
    new AppError(
      ErrorCode.Conflict,
      `You have ${SAVED_CASE_VIEW_LIMIT} saved views, the most one person can keep. Delete one you no longer use, then save again.`,
    ),
  invalidQuery: (details: ApiErrorDetail[]) =>
    new AppError(
      ErrorCode.Validation,
      `The view's filters are not valid: ${details.map((detail) => detail.message).join('; ')}`,
      details,
    ),
};
