/** One record of a CSV file and the line it starts on (1-based, counting physical lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A file that is not well-formed CSV; `line` is where the problem is. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The delimiter of a file: `;` (what spreadsheet programs with a Danish locale write) when the
 * first line has more semicolons than commas outside quotes, else `,`.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV as RFC 4180 describes it: fields separated by the delimiter, records by CRLF (LF or
 * CR alone are accepted too), fields in double quotes may hold delimiters, line breaks and `""`
 * for a quote. A UTF-8 byte order mark is dropped; a line break at the end of the file ends the
 * last record; blank lines are skipped. Throws {@link CsvSyntaxError} for an unterminated quote
 * or a quote inside an unquoted field.
 */
export function parseCsv(text: string, delimiter: ',' | ';' = detectDelimiter(text)): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  // The current field was quoted and its closing quote is behind us.
  let closed = false;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    closed = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line += 1;
        field += char;
      }
      continue;
    }
    if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char === '"') {
      if (fieldStarted || closed) {
        throw new CsvSyntaxError(
          line,
          'a double quote inside a field that does not start with one; put the whole field in quotes and double the quote ("").',
        );
      }
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else {
      if (closed) {
        throw new CsvSyntaxError(
          line,
          `text after the closing quote of a field; a quoted field must end at the next ${delimiter} or line break.`,
        );
      }
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(
      quoteLine,
      'a quoted field is never closed; add the missing double quote.',
    );
  }
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return records;
}
