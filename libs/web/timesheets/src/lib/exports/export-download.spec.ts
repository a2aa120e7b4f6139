// jsdom has no streams; Node's are the ones `Response` reads anyway.
import { ReadableStream } from 'node:stream/web';
import {
  type DownloadProgress,
  countNewlines,
  exportUrl,
  filenameFrom,
  progressPercent,
  readWithProgress,
} from './export-download';

const encoder = new TextEncoder();

function streamed(chunks: string[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body as unknown as BodyInit, { headers });
}

describe('export download', () => {
  it('builds the address with only the filters that are set', () => {
    expect(exportUrl('csv', {})).toBe('/api/time-entries/export.csv');
    expect(
      exportUrl('xlsx', { caseId: 'c1', from: '2026-11-01', to: '', status: 'approved' }),
    ).toBe('/api/time-entries/export.xlsx?caseId=c1&from=2026-11-01&status=approved');
  });

  it('reads the file name from Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="hours-2026.csv"', 'x.csv')).toBe('hours-2026.csv');
    expect(filenameFrom("attachment; filename*=UTF-8''timer%20%C3%A5r.xlsx", 'x')).toBe(
      'timer år.xlsx',
    );
    expect(filenameFrom(null, 'time-entries.csv')).toBe('time-entries.csv');
  });

  it('measures progress by bytes when the size is known, else by rows', () => {
    const base: DownloadProgress = { bytes: 50, totalBytes: 200, rows: null, totalRows: null };
    expect(progressPercent(base)).toBe(25);
    expect(progressPercent({ ...base, totalBytes: null, rows: 30, totalRows: 120 })).toBe(25);
    expect(progressPercent({ ...base, totalBytes: null })).toBeNull();
  });

  it('counts CSV rows as they arrive, not counting the header', async () => {
    expect(countNewlines(encoder.encode('a\nb\nc'))).toBe(2);
    const seen: DownloadProgress[] = [];
    const blob = await readWithProgress(
      streamed(['date,hours\n2026-11-16,1.5\n', '2026-11-17,2\n'], {
        'Content-Type': 'text/csv',
        'X-Total-Rows': '2',
      }),
      'csv',
      (progress) => seen.push(progress),
    );
    // jsdom's Blob cannot be read back; its size and type tell that all of it arrived.
    expect(blob.size).toBe(39);
    expect(blob.type).toBe('text/csv');
    expect(seen.at(-1)).toEqual({ bytes: 39, totalBytes: null, rows: 2, totalRows: 2 });
    expect(seen.map((progress) => progress.rows)).toEqual([0, 1, 2]);
  });
});
