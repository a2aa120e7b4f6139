import { HttpErrorResponse } from '@angular/common/http';
import { type ReportingQuery } from '@techpact/contracts';
import { queryParams } from '../shared/reporting-query';

export type ReportFormat = 'xlsx' | 'pdf';

/** Bytes received, and the size when the server announced it. */
export interface ReportProgress {
  bytes: number;
  totalBytes: number | null;
}

export interface ReportFile {
  blob: Blob;
  filename: string;
}

/** `/api/reports/funder.xlsx?from=…`, leaving out empty filters. */
export function reportUrl(format: ReportFormat, query: ReportingQuery): string {
  const search = new URLSearchParams(queryParams(query)).toString();
  return `/api/reports/funder.${format}${search ? `?${search}` : ''}`;
}

/** The file name of `Content-Disposition` (`filename*` first), or the fallback. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const extended = disposition && /filename\*\s*=\s*utf-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  const plain = disposition && /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return (plain && plain[1]?.trim()) || fallback;
}

/** 0–100 when the size is known, otherwise null (indeterminate). */
export function progressPercent(progress: ReportProgress): number | null {
  return progress.totalBytes ? Math.min(100, (progress.bytes * 100) / progress.totalBytes) : null;
}

async function httpError(response: Response, url: string): Promise<HttpErrorResponse> {
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

/**
 * Fetches a report chunk by chunk (the session cookie goes along), reporting the bytes as they
 * arrive: a large PDF takes a while to build and send, and the page shows how far it is.
 */
export async function downloadReport(
  format: ReportFormat,
  query: ReportingQuery,
  options: { signal: AbortSignal; onProgress: (progress: ReportProgress) => void },
): Promise<ReportFile> {
  const url = reportUrl(format, query);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (options.signal.aborted) throw error;
    throw new HttpErrorResponse({ status: 0, url });
  }
  if (!response.ok) throw await httpError(response, url);
  const length = Number(response.headers.get('Content-Length') ?? Number.NaN);
  const progress: ReportProgress = {
    bytes: 0,
    totalBytes: Number.isFinite(length) && length > 0 ? length : null,
  };
  options.onProgress({ ...progress });
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      progress.bytes += value.byteLength;
      options.onProgress({ ...progress });
    }
  }
  const blob = reader ? new Blob(chunks, { type }) : await response.blob();
  const filename = filenameFrom(
    response.headers.get('Content-Disposition'),
    `funder-report.${format}`,
  );
  return { blob, filename };
}

/** Hands a downloaded file to the browser's "save". */
export function saveFile(file: ReportFile, document: Document): void {
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
