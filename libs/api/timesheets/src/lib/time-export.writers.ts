import { type Writable } from 'node:stream';
import { TIME_EXPORT_COLUMNS } from '@techpact/contracts';
import { type Worksheet, stream as excelStream } from 'exceljs';

/** One exported time entry, in the order of `TIME_EXPORT_COLUMNS`. */
export interface ExportRow {
  date: string;
  person: string;
  personKind: string;
  company: string;
  registrationNumber: string;
  municipality: string;
  caseId: string;
  activity: string;
  hours: number;
  status: string;
  note: string;
}

/** Hands out the rows batch by batch (a database cursor); an empty batch ends it. */
export type RowBatches = () => Promise<readonly ExportRow[]>;

/** Resolves once `out` can take more (backpressure); rejects when the receiver went away. */
export function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('The export receiver closed the connection'));
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new Error('The export receiver closed the connection'));
    };
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/**
 * One CSV field (RFC 4180). A text starting with = + - @ or a tab is prefixed with ' so that a
 * spreadsheet opening the file shows it instead of running it as a formula (CSV injection).
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function values(row: ExportRow): (string | number)[] {
  return TIME_EXPORT_COLUMNS.map((column) => row[column]);
}

/** Writes the CSV (UTF-8 with BOM so that Excel reads æøå right, CRLF lines) batch by batch. */
export async function writeCsv(out: Writable, next: RowBatches): Promise<number> {
  out.write(`\uFEFF${TIME_EXPORT_COLUMNS.join(',')}\r\n`);
  let count = 0;
  for (let batch = await next(); batch.length > 0; batch = await next()) {
    let chunk = '';
    for (const row of batch) chunk += `${values(row).map(csvField).join(',')}\r\n`;
    count += batch.length;
    out.write(chunk);
    await drained(out);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return count;
}

/**
 * exceljs 4.4 queues a sheet's XML in a StreamBuf (1 MB chunks) that the zip reads at its own
 * pace, without backpressure: against a slow receiver the queue would grow with the rows. This
 * waits until the zip has taken all but a couple of chunks (internal API, hence the narrow type).
 */
async function zipCaughtUp(sheet: Worksheet, out: Writable): Promise<void> {
  const queued = () =>
    (sheet as unknown as { stream?: { buffers?: readonly unknown[] } }).stream?.buffers?.length ??
    0;
  while (queued() > 2) {
    if (out.destroyed) throw new Error('The export receiver closed the connection');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const COLUMN_WIDTHS: { readonly [K in (typeof TIME_EXPORT_COLUMNS)[number]]: number } = {
  date: 12,
  person: 24,
  personKind: 10,
  company: 32,
  registrationNumber: 16,
  municipality: 18,
  caseId: 38,
  activity: 40,
  hours: 8,
  status: 11,
  note: 50,
};

/**
 * Writes the XLSX with exceljs's streaming writer: each row is committed (written out and
 * forgotten) at once and strings are inline (no shared-string table kept in memory).
 */
export async function writeXlsx(out: Writable, next: RowBatches): Promise<number> {
  const workbook = new excelStream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Time entries', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TIME_EXPORT_COLUMNS.map((key) => ({
    header: key,
    key,
    width: COLUMN_WIDTHS[key],
    style: key === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  let count = 0;
  for (let batch = await next(); batch.length > 0; batch = await next()) {
    for (const row of batch) {
      sheet
        .addRow(
          TIME_EXPORT_COLUMNS.map((column) =>
            column === 'date' ? new Date(`${row.date}T00:00:00Z`) : row[column],
          ),
        )
        .commit();
    }
    count += batch.length;
    await zipCaughtUp(sheet, out);
    await drained(out);
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
