import { HttpErrorResponse } from '@angular/common/http';
import {
  TIME_EXPORT_TOTAL_HEADER,
  type TimeExportFormat,
  type TimeExportQuery,
} from '@techpact/contracts';

/** How far a download is; `null` where the server gave nothing to measure against. */
export interface DownloadProgress {
  bytes: number;
  totalBytes: number | null;
  /** Data rows received so far (CSV only: counted by line ends). */
  rows: number | null;
  /** From the `X-Total-Rows` header. */
  totalRows: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

const NEWLINE = 10;

/** `/api/time-entries/export.csv?from=…`, leaving out empty filters. */
export function exportUrl(format: TimeExportFormat, query: TimeExportQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query) as [string, string | undefined][]) {
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return `/api/time-entries/export.${format}${search ? `?${search}` : ''}`;
}

/** The file name of `Content-Disposition` (RFC 6266, `filename*` first), or the fallback. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

export function countNewlines(chunk: Uint8Array): number {
  let count = 0;
  for (const byte of chunk) if (byte === NEWLINE) count++;
  return count;
}

/** 0–100 when there is something to measure against, otherwise null (indeterminate). */
export function progressPercent(progress: DownloadProgress): number | null {
  if (progress.totalBytes) return Math.min(100, (progress.bytes * 100) / progress.totalBytes);
  if (progress.rows !== null && progress.totalRows) {
    return Math.min(100, (progress.rows * 100) / progress.totalRows);
  }
  return null;
}

function numberHeader(response: Response, name: string): number | null {
  const value = Number(response.headers.get(name) ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Reads a response body chunk by chunk, reporting bytes (and CSV rows) as they arrive, and
 * returns it as one Blob. Streaming keeps the page responsive on long exports and shows progress.
 */
export async function readWithProgress(
  response: Response,
  format: TimeExportFormat,
  onProgress: (progress: DownloadProgress) => void,
): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const progress: DownloadProgress = {
    bytes: 0,
    totalBytes: numberHeader(response, 'Content-Length'),
    rows: format === 'csv' ? 0 : null,
    totalRows: numberHeader(response, TIME_EXPORT_TOTAL_HEADER),
  };
  onProgress({ ...progress });
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ ...progress, bytes: blob.size });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    progress.bytes += value.byteLength;
    if (progress.rows !== null) {
      lines += countNewlines(value);
      // The first line is the header.
      progress.rows = Math.max(0, lines - 1);
    }
    onProgress({ ...progress });
  }
  return new Blob(chunks, { type });
}

/** A failed export as the error the pages already know how to explain. */
async function toHttpError(response: Response, url: string): Promise<HttpErrorResponse> {
  let error: unknown = null;
  try {
    error = await response.json();
  } catch {
    // Not JSON: the status alone explains it.
  }
  return new HttpErrorResponse({
    status: response.status,
    statusText: response.statusText,
    url,
    error,
  });
}

/** Downloads an export with `fetch` (the session cookie goes along), reporting progress. */
export async function downloadExport(
  format: TimeExportFormat,
  query: TimeExportQuery,
  options: { signal: AbortSignal; onProgress: (progress: DownloadProgress) => void },
): Promise<DownloadedFile> {
  const url = exportUrl(format, query);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (options.signal.aborted) throw error;
    throw new HttpErrorResponse({ status: 0, url });
  }
  if (!response.ok) throw await toHttpError(response, url);
  const blob = await readWithProgress(response, format, options.onProgress);
  const filename = filenameFrom(
    response.headers.get('Content-Disposition'),
    `time-entries.${format}`,
  );
  return { blob, filename };
}

/** Hands a downloaded file to the browser's "save". */
export function saveFile(file: DownloadedFile, document: Document): void {
  const href = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the save before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
