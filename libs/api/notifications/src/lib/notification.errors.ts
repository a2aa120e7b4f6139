import { AppError, ErrorCode } from '@techpact/api/infra-http';

export const NotificationErrors = {
  notFound: () =>
    new AppError(ErrorCode.NotFound, 'Notification not found: it may belong to someone else.'),
  duplicateKind: (kind: string) =>
    new AppError(ErrorCode.Validation, `The kind "${kind}" is listed twice; send each kind once.`, [
      { field: 'preferences', message: `${kind} is listed twice.` },
    ]),
};
