import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type ApiErrorBody, type ApiErrorDetail } from '@techpact/contracts';
import { type Request, type Response } from 'express';
import { AppError, HTTP_STATUS_BY_CODE } from './app-error';
import { STATUS_TEXT } from './status-text';

/** Maps every error to the one JSON shape `{ statusCode, error, message, details? }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    if (exception instanceof AppError && exception.retryAfter !== undefined) {
      response.setHeader('Retry-After', String(exception.retryAfter));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof AppError) {
      const statusCode = HTTP_STATUS_BY_CODE[exception.code];
      return withDetails(
        { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message: exception.message },
        exception.details,
      );
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const error = STATUS_TEXT[statusCode] ?? 'Error';
      if (typeof raw === 'string') return { statusCode, error, message: raw };
      const { message, details } = raw as { message?: unknown; details?: ApiErrorDetail[] };
      const text = Array.isArray(message)
        ? message.join('; ')
        : String(message ?? exception.message);
      return withDetails({ statusCode, error, message: text }, details);
    }
    const statusCode = HttpStatus.INTERNAL_SERVER_ERROR;
    return {
      statusCode,
      error: STATUS_TEXT[statusCode] ?? 'Error',
      message:
        'Something went wrong on our side. Please try again; if it persists, tell the programme team the request id.',
    };
  }
}

function withDetails(body: ApiErrorBody, details?: ApiErrorDetail[]): ApiErrorBody {
  return details && details.length > 0 ? { ...body, details } : body;
}
