import { type ApiErrorBody } from '@techpact/contracts';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { STATUS_TEXT } from './status-text';

export const JSON_BODY_LIMIT = '1mb';

/** Parses JSON bodies (bounded) and answers unreadable ones in the one error shape. */
export function jsonBody(): (
  RequestHandler | ((error: unknown, req: Request, res: Response, next: NextFunction) => void)
)[] {
  return [json({ limit: JSON_BODY_LIMIT }), bodyErrorHandler];
}

function bodyErrorHandler(
  error: unknown,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const type =
    typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  const status =
    typeof error === 'object' && error !== null
      ? (error as { status?: unknown }).status
      : undefined;
  if (typeof type !== 'string' || typeof status !== 'number') return next(error);
  const body: ApiErrorBody = {
    statusCode: status,
    error: STATUS_TEXT[status] ?? 'Error',
    message: MESSAGES[type] ?? 'The request body could not be read.',
    requestId: (request as Request & { id?: string }).id,
  };
  response.status(status).json(body);
}

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': `The request body is too large (at most ${JSON_BODY_LIMIT}).`,
  'encoding.unsupported': 'The request body has an unsupported encoding.',
};
