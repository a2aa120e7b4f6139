import { type ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import { type ApiErrorBody } from '@techpact/contracts';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { AppError, ErrorCode } from './app-error';

/** A fake HTTP host that records what the filter answers. */
function answer(exception: unknown): {
  status: number;
  body: ApiErrorBody;
  headers: Record<string, string>;
} {
  const sent = {
    status: 0,
    body: undefined as unknown as ApiErrorBody,
    headers: {} as Record<string, string>,
  };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: ApiErrorBody) {
      sent.body = body;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-1' }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('AllExceptionsFilter', () => {
  it('maps an AppError code to its status, keeping details and the request id', () => {
    const { status, body } = answer(
      new AppError(ErrorCode.Conflict, 'Already taken.', [{ field: 'name', message: 'in use' }]),
    );
    expect(status).toBe(409);
    expect(body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Already taken.',
      details: [{ field: 'name', message: 'in use' }],
      requestId: 'req-1',
    });
  });

  it('sets Retry-After on a throttled error', () => {
    const { status, headers } = answer(new AppError(ErrorCode.Throttled, 'Wait.', undefined, 90));
    expect(status).toBe(429);
    expect(headers['Retry-After']).toBe('90');
  });

  it('keeps the message of Nest HTTP exceptions in the one shape', () => {
    expect(answer(new NotFoundException('Cannot GET /api/x')).body).toMatchObject({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/x',
    });
    expect(answer(new BadRequestException({ message: ['a', 'b'] })).body.message).toBe('a; b');
  });

  it('hides the internals of an unexpected error', () => {
    const { status, body } = answer(new Error('connection string postgres://secret'));
    expect(status).toBe(500);
    expect(body.message).not.toContain('secret');
    expect(body.message).toContain('request id');
  });
});
