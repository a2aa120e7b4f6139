import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type Request } from 'express';

/** The largest CSV file accepted (about 10,000 typical rows). */
export const CSV_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const refuse = (message: string) =>
  new AppError(ErrorCode.Validation, message, [{ field: 'csv', message }]);

/**
 * The CSV text of an import request: a `text/csv` (or `text/plain`) body, read here because the
 * app only parses JSON, or a JSON body `{ "csv": "…" }`.
 */
export async function csvFromRequest(request: Request): Promise<string> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv' || type === 'text/plain') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > CSV_BODY_LIMIT_BYTES) {
        request.resume();
        throw refuse(`The file is too large: at most ${CSV_BODY_LIMIT_BYTES / 1024 / 1024} MB.`);
      }
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  if (type === 'application/json') {
    const body: unknown = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw refuse('Send the file as JSON {"csv": "…"} or as a text/csv body.');
    }
    const unknown = Object.keys(body).filter((key) => key !== 'csv');
    if (unknown.length > 0) {
      throw new AppError(
        ErrorCode.Validation,
        `Unknown field "${unknown[0] ?? ''}" is not allowed.`,
        unknown.map((field) => ({ field, message: `Unknown field "${field}" is not allowed.` })),
      );
    }
    const csv = (body as { csv?: unknown }).csv;
    if (typeof csv !== 'string') throw refuse('csv must be the text of the CSV file.');
    return csv;
  }
  throw refuse(
    `Send the file as text/csv (or JSON {"csv": "…"}); the content type ${type || '(none)'} is not accepted.`,
  );
}
