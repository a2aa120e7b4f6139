import { PassThrough, Writable } from 'node:stream';
import { TEST_DATABASE_ADMIN_URL } from '@techpact/api/infra-db/testing';
import { TIME_EXPORT_COLUMNS } from '@techpact/contracts';
import { Workbook } from 'exceljs';
import { Client } from 'pg';
import { CopyOutStream, inlineParams } from './copy-out';
import {
  type ExportColumnsSql,
  csvTextSql,
  writeCsv,
  writeXlsx,
  xlsxRowSql,
  xmlTextSql,
} from './time-export.writers';
import { ReceiverGoneError } from './xlsx-stream';

/** The CSV rule as it was written in JavaScript: the SQL must give the same bytes. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const TEXTS = [
  'plain',
  'Ærø Smedje ApS',
  '=SUM(A1:A2)',
  '-5',
  '+45 12 34',
  '@handle',
  '\tindented',
  'a, b',
  'say "hi"',
  'Line 1\nLine 2',
  ' edge ',
  '',
];

/** Collects what is written, slowly: a receiver that makes backpressure happen. */
class SlowSink extends Writable {
  readonly chunks: Buffer[] = [];
  constructor() {
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.chunks.push(chunk);
    setImmediate(callback);
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

describe('time export streaming (PostgreSQL COPY, SQL-built rows, XLSX writer)', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
  });

  const one = async (sql: string, value: string): Promise<string> => {
    const result = await client.query<{ v: string }>(`SELECT ${sql} AS v`, [value]);
    return result.rows[0]?.v ?? '';
  };

  it('quotes and defuses CSV fields in SQL exactly as the JavaScript rule did', async () => {
    for (const text of TEXTS) expect(await one(csvTextSql('$1::text'), text)).toBe(csvField(text));
  });

  it('escapes XML text in SQL', async () => {
    const xml = (text: string) => one(xmlTextSql('$1::text'), text);
    expect(await xml('a & b <c> d')).toBe('a &amp; b &lt;c&gt; d');
    expect(await xml('bell\u0007 tab\t')).toBe('bell tab\t');
    expect(await xml('_x0041_')).toBe('_x005F_x0041_');
    expect(await xml('Ærø "quoted"')).toBe('Ærø "quoted"');
  });

  it('inlines parameters as literals', () => {
    expect(
      inlineParams('a = $1 AND b = ANY($2::uuid[]) AND c = $10', [
        "O'Brien",
        ['x', 'y"z'],
        ...Array.from({ length: 7 }, () => 'n'),
        'back\\slash',
      ]),
    ).toBe(`a = 'O''Brien' AND b = ANY( E'{"x","y\\\\"z"}'::uuid[]) AND c =  E'back\\\\slash'`);
    expect(() => inlineParams('a = $2', ['only one'])).toThrow('No value for $2');
  });

  it('copies SQL-built CSV lines to a slow receiver, every byte in order', async () => {
    const rows = 20_000;
    const copy = client.query(
      new CopyOutStream(
        `COPY (SELECT 'line ' || g || E'\\r\\n' FROM generate_series(1, ${rows}) g) TO STDOUT (FORMAT binary)`,
      ),
    );
    const sink = new SlowSink();
    await writeCsv(sink, copy);
    expect(copy.rows).toBe(rows);
    const lines = sink.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${TIME_EXPORT_COLUMNS.join(',')}`);
    expect(lines.slice(1, -1)).toEqual(Array.from({ length: rows }, (_, i) => `line ${i + 1}`));
  });

  it('writes an XLSX from SQL-built rows that exceljs reads back, texts escaped and kept', async () => {
    const texts = ['a & b <c>', ' edge ', 'bell\u0007', 'Line 1\nLine 2', '=1+1', 'Ærø'];
    // The free-text columns get the texts; the plain ones (kinds, ids, statuses) a fixed value.
    const fixed: Partial<ExportColumnsSql> = {
      date: 'x.serial',
      hours: 'x.hours',
      personKind: `'expert'`,
      caseId: `'id'`,
      status: `'draft'`,
    };
    const columns = Object.fromEntries(
      TIME_EXPORT_COLUMNS.map((key) => [key, fixed[key] ?? 't.text']),
    ) as ExportColumnsSql;
    const copy = client.query(
      new CopyOutStream(
        `COPY (SELECT ${xlsxRowSql('t.n + 1', columns)}
           FROM unnest(${inlineParams('$1::text[]', [texts])}) WITH ORDINALITY AS t(text, n),
                LATERAL (SELECT 45292 + t.n::int AS serial, 1.25 * t.n AS hours) x
           ORDER BY t.n) TO STDOUT (FORMAT binary)`,
      ),
    );
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeXlsx(out, copy);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.concat(chunks)).buffer);
    const sheet = workbook.getWorksheet('Time entries');
    expect(sheet?.rowCount).toBe(texts.length + 1);
    for (const [i, text] of texts.entries()) {
      const row = sheet?.getRow(i + 2);
      expect((row?.getCell(1).value as Date).toISOString().slice(0, 10)).toBe(
        new Date(Date.UTC(2024, 0, 1 + i + 1)).toISOString().slice(0, 10),
      );
      expect(row?.getCell(2).value).toBe(text.replace('\u0007', ''));
      expect(row?.getCell(11).value).toBe(text.replace('\u0007', ''));
      expect(row?.getCell(3).value).toBe('expert');
      expect(row?.getCell(9).value).toBe(1.25 * (i + 1));
    }
  });

  it('stops when the receiver goes away, and the COPY can be cancelled', async () => {
    const copy = client.query(
      new CopyOutStream(
        `COPY (SELECT repeat('x', 100) || g FROM generate_series(1, 5000000) g) TO STDOUT (FORMAT binary)`,
      ),
    );
    const sink = new SlowSink();
    const writing = writeCsv(sink, copy);
    setTimeout(() => sink.destroy(), 50);
    await expect(writing).rejects.toBeInstanceOf(ReceiverGoneError);
    const other = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
    await other.connect();
    try {
      const pid = (client as unknown as { processID: number }).processID;
      await other.query('SELECT pg_cancel_backend($1)', [pid]);
    } finally {
      await other.end();
    }
    const after = await client.query<{ ok: number }>('SELECT 1 AS ok');
    expect(after.rows[0]?.ok).toBe(1);
    expect(copy.settled).toBe(true);
  });
});
