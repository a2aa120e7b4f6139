import { CsvSyntaxError, detectDelimiter, parseCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF, LF and CR and keeps the line each starts on', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('ends the last record at a final line break and skips blank lines', () => {
    expect(parseCsv('a,b\r\n\r\nc,d\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('keeps empty fields, also at the end of a record', () => {
    expect(fieldsOf('a,,c,\n,,')).toEqual([
      ['a', '', 'c', ''],
      ['', '', ''],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const records = parseCsv('name,note\r\n"Smith, ""Bob""","two\r\nlines"\r\nnext,"x"\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Smith, "Bob"', 'two\r\nlines'] },
      { line: 4, fields: ['next', 'x'] },
    ]);
  });

  it('keeps spaces and reads an empty quoted field', () => {
    expect(fieldsOf(' a , b ,""')).toEqual([[' a ', ' b ', '']]);
  });

  it('drops a UTF-8 byte order mark and keeps non-ASCII text', () => {
    expect(fieldsOf('\uFEFFnavn;by\r\nFarsø Stål;Løgstør')).toEqual([
      ['navn', 'by'],
      ['Farsø Stål', 'Løgstør'],
    ]);
  });

  it('detects a semicolon delimiter from the header, ignoring quoted text', () => {
    expect(detectDelimiter('name;cvr;city\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('returns nothing for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n\r\n')).toEqual([]);
  });

  it('refuses an unterminated quote, naming the line it opened on', () => {
    expect.assertions(3);
    try {
      parseCsv('a,b\nc,"open\nmore');
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(2);
      expect((error as CsvSyntaxError).message).toMatch(/^Line 2: a quoted field is never closed/);
    }
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsv('a,b\nab"c,d')).toThrow(/^Line 2: a double quote inside a field/);
    expect(() => parseCsv('a,b\n\n"ab"c,d')).toThrow(/^Line 3: text after the closing quote/);
  });

  it('parses 10,000 records quickly', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, i) => `Company ${i},"12345678",Street ${i}`,
    ).join('\r\n');
    const started = performance.now();
    expect(parseCsv(text)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
