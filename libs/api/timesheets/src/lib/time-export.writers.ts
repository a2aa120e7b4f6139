import { type Writable } from 'node:stream';
import { TIME_EXPORT_COLUMNS } from '@techpact/contracts';
import { DATE_STYLE, type XlsxColumn, XlsxSheetStream, columnLetters, write } from './xlsx-stream';

/**
 * The exports' bytes are made by PostgreSQL, one text value per row (a CSV line, an XLSX row's
 * XML), and reach Node as Buffers through `COPY … TO STDOUT` (see `CopyOutStream`): Node only
 * forwards them, and deflates the XLSX sheet. These functions build that SQL and write it out.
 */

/** The export's values, as SQL over the joined tables, in the order of `TIME_EXPORT_COLUMNS`. */
export type ExportColumnsSql = { readonly [K in (typeof TIME_EXPORT_COLUMNS)[number]]: string };

/** Columns whose values never need quoting or escaping (dates, kinds, ids, numbers, statuses). */
const PLAIN = new Set<string>(['date', 'personKind', 'caseId', 'hours', 'status']);

/**
 * The SQL of one CSV text field (RFC 4180): a text starting with = + - @ tab or CR gets a
 * leading ' so that a spreadsheet shows it instead of running it as a formula (CSV injection); a
 * text with a quote, comma, line break or edge whitespace is quoted. The cheap test comes first:
 * most texts need neither.
 */
export function csvTextSql(expr: string): string {
  const quoted = `'[",\\r\\n]|^\\s|\\s$'`;
  const defused = `regexp_replace(${expr}, '^([=+@\\t\\r-])', '''\\1')`;
  const field = `CASE WHEN ${defused} ~ ${quoted} THEN '"' || replace(${defused}, '"', '""') || '"' ELSE ${defused} END`;
  return `CASE WHEN ${expr} ~ '[",\\r\\n]|^\\s|\\s$|^[=+@\\t\\r-]' THEN ${field} ELSE ${expr} END`;
}

/** The SQL of a whole CSV line, CRLF included. */
export function csvLineSql(columns: ExportColumnsSql): string {
  const fields = TIME_EXPORT_COLUMNS.map((key) =>
    PLAIN.has(key) ? columns[key] : csvTextSql(columns[key]),
  );
  return `concat_ws(',', ${fields.join(', ')}) || E'\\r\\n'`;
}

/** Texts that need XML escaping or `xml:space="preserve"`: the rare case, tested first. */
const XML_RISKY = `'[&<>\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]|_x[0-9A-Fa-f]{4}_|^\\s|\\s$'`;

/**
 * The SQL of a text as XML character data: & < > as entities, a literal "_xHHHH_" escaped as
 * Excel reads such sequences as escapes (ECMA-376 ST_Xstring), and the control characters that
 * XML 1.0 cannot carry dropped.
 */
export function xmlTextSql(expr: string): string {
  const controls = `'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]'`;
  const cleaned = `regexp_replace(regexp_replace(${expr}, '_(x[0-9A-Fa-f]{4}_)', '_x005F_\\1', 'g'), ${controls}, '', 'g')`;
  return `replace(replace(replace(${cleaned}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
}

const XLSX_LAYOUT: {
  readonly [K in (typeof TIME_EXPORT_COLUMNS)[number]]: Omit<XlsxColumn, 'header'>;
} = {
  date: { width: 12, type: 'date' },
  person: { width: 24, type: 'text' },
  personKind: { width: 10, type: 'text' },
  company: { width: 32, type: 'text' },
  registrationNumber: { width: 16, type: 'text' },
  municipality: { width: 18, type: 'text' },
  caseId: { width: 38, type: 'text' },
  activity: { width: 40, type: 'text' },
  hours: { width: 8, type: 'number' },
  status: { width: 11, type: 'text' },
  note: { width: 50, type: 'text' },
};

const XLSX_COLUMNS: readonly XlsxColumn[] = TIME_EXPORT_COLUMNS.map((header) => ({
  header,
  ...XLSX_LAYOUT[header],
}));

/**
 * The SQL of one sheet row's XML. `row` is the sheet's row number (the header is row 1); the
 * date column must be an Excel date serial (days since 1899-12-30), numbers numeric. Texts are
 * inline strings (never formulas); empty texts leave the cell out. Built with `concat` (one
 * allocation, where a chain of || copies the growing row at each step).
 */
export function xlsxRowSql(row: string, columns: ExportColumnsSql): string {
  const cells = TIME_EXPORT_COLUMNS.map((key, i) => {
    const value = columns[key];
    const ref = `'<c r="${columnLetters(i)}', ${row}`;
    switch (XLSX_LAYOUT[key].type) {
      case 'date':
        return `${ref}, '" s="${DATE_STYLE}"><v>', ${value}, '</v></c>'`;
      case 'number':
        return `${ref}, '"><v>', ${value}, '</v></c>'`;
      case 'text': {
        const plain = `concat(${ref}, '" t="inlineStr"><is><t>', ${value}, '</t></is></c>')`;
        if (PLAIN.has(key)) return `CASE WHEN ${value} <> '' THEN ${plain} END`;
        const space = `CASE WHEN ${value} ~ '^\\s|\\s$' THEN ' xml:space="preserve"' END`;
        const escaped = `concat(${ref}, '" t="inlineStr"><is><t', ${space}, '>', ${xmlTextSql(value)}, '</t></is></c>')`;
        return `CASE WHEN ${value} = '' THEN NULL WHEN ${value} ~ ${XML_RISKY} THEN ${escaped} ELSE ${plain} END`;
      }
    }
  });
  return `concat('<row r="', ${row}, '">', ${cells.join(',\n    ')}, '</row>')`;
}

function end(out: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Writes the CSV (UTF-8 with BOM so that Excel reads æøå right, CRLF lines) from its lines. */
export async function writeCsv(out: Writable, lines: AsyncIterable<Buffer>): Promise<void> {
  await write(out, `\uFEFF${TIME_EXPORT_COLUMNS.join(',')}\r\n`);
  for await (const chunk of lines) await write(out, chunk);
  await end(out);
}

/**
 * Writes the XLSX around the rows' XML: one sheet, header row frozen, dates as real dates and
 * hours as numbers, streamed with flat memory (see `XlsxSheetStream`).
 */
export async function writeXlsx(out: Writable, rowsXml: AsyncIterable<Buffer>): Promise<void> {
  const sheet = await XlsxSheetStream.open(out, {
    sheetName: 'Time entries',
    columns: XLSX_COLUMNS,
    freezeHeader: true,
  });
  try {
    for await (const chunk of rowsXml) await sheet.write(chunk);
    await sheet.finish();
  } catch (error) {
    sheet.abort();
    throw error;
  }
}
