import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { syncActivitiesWithAgreement } from '@techpact/api/activities';
import { type CaseWorld, createCaseWorld } from '@techpact/api/cases/testing';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { type TestDatabase, createTestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { TIME_EXPORT_COLUMNS } from '@techpact/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { caseWithActivities, programmeToday } from '../testing/time-world';
import { type TimeExportQueryDto } from './dto/time-export.query';
import { type TimeActor } from './time-entry.repository';
import { TimeExportService } from './time-export.service';
import { addDays } from './time-period';

const run = promisify(execFile);

/** A sink that records the headers and the bytes, like an HTTP response would receive them. */
class Capture extends PassThrough {
  readonly headers = new Map<string, string | number>();
  private readonly chunks: Buffer[] = [];
  constructor() {
    super();
    this.on('data', (chunk: Buffer) => this.chunks.push(chunk));
  }
  setHeader(name: string, value: string | number): void {
    this.headers.set(name, value);
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** RFC 4180 parsing, enough to read the exports back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('time entry exports (real PostgreSQL, exceljs, LibreOffice)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let world: CaseWorld;
  let service: TimeExportService;
  let caseId: string;
  let expected: string[][];
  const query: TimeExportQueryDto = {};

  beforeAll(async () => {
    testDb = await createTestDatabase('time_export');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 1 });
    service = new TimeExportService(db);
    await db.query(`UPDATE company SET name = 'Ærø Smedje ApS' WHERE id = $1`, [
      world.companiesA[0],
    ]);
    ({ caseId } = await caseWithActivities(
      db,
      world,
      world.companiesA[0] ?? '',
      [
        {
          title: 'Robot cell, phase "1"',
          expertId: world.expert.id,
          plannedHours: 80,
          targetDate: '2027-03-01',
        },
      ],
      (id) => db.transaction((m) => syncActivitiesWithAgreement(m, id)),
    ));
    const [activity] = (await db.query(`SELECT id FROM activity WHERE case_id = $1`, [caseId])) as {
      id: string;
    }[];
    const today = await programmeToday(db, world.programmeId);
    const d1 = addDays(today, -9);
    const d2 = addDays(today, -8);
    const insert = (
      userId: string,
      kind: string,
      date: string,
      hours: number,
      note: string,
      status: string,
    ) =>
      db.query(
        `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours, note, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [world.programmeId, caseId, activity?.id, userId, kind, date, hours, note, status],
      );
    await insert(world.expert.id, 'expert', d1, 7.25, 'Layout, "cell" drawings', 'approved');
    await insert(world.sme.id, 'sme', d1, 2, 'Line 1\nLine 2', 'submitted');
    await insert(world.expert.id, 'expert', d2, 8, '=SUM(A1:A2)', 'draft');
    const [registration] = (await db.query(
      `SELECT registration_number AS r FROM company WHERE id = $1`,
      [world.companiesA[0]],
    )) as { r: string }[];
    const common = [
      'Ærø Smedje ApS',
      registration?.r ?? '',
      'Vesthimmerland',
      caseId,
      'Robot cell, phase "1"',
    ];
    // Ordered by date, then person name (Henrik Expert before Karen Sme).
    expected = [
      [d1, 'Henrik Expert', 'expert', ...common, '7.25', 'approved', 'Layout, "cell" drawings'],
      [d1, 'Karen Sme', 'sme', ...common, '2', 'submitted', 'Line 1\nLine 2'],
      [d2, 'Henrik Expert', 'expert', ...common, '8', 'draft', '=SUM(A1:A2)'],
    ];
  });

  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('streams the CSV with its headers, cell by cell', async () => {
    const out = new Capture();
    const result = await service.export(world.coordinatorA, query, 'csv', out);
    expect(result).toEqual({ total: 3, written: 3 });
    expect(out.headers.get('X-Total-Rows')).toBe(3);
    expect(out.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(String(out.headers.get('Content-Disposition'))).toMatch(
      /^attachment; filename="time-entries-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = out.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFdate,person,')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...TIME_EXPORT_COLUMNS]);
    // A note that a spreadsheet would run as a formula is written as text.
    const csvExpected = expected.map((row, i) =>
      i === 2 ? [...row.slice(0, -1), "'=SUM(A1:A2)"] : row,
    );
    expect(rows.slice(1)).toEqual(csvExpected);
  });

  it('streams the XLSX: read back with exceljs and converted by LibreOffice, the same values', async () => {
    const out = new Capture();
    const result = await service.export(world.admin, query, 'xlsx', out);
    expect(result).toEqual({ total: 3, written: 3 });
    expect(out.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new Workbook();
    // exceljs types its input as an ArrayBuffer; a copy gives one.
    await workbook.xlsx.load(new Uint8Array(out.bytes).buffer);
    const sheet = workbook.getWorksheet('Time entries');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(4);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...TIME_EXPORT_COLUMNS]);
    for (const [i, row] of expected.entries()) {
      const cells = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      const [date, ...rest] = cells;
      expect(date).toBeInstanceOf(Date);
      expect((date as Date).toISOString().slice(0, 10)).toBe(row[0]);
      expect(rest.map((v) => (typeof v === 'number' ? String(v) : v))).toEqual(row.slice(1));
      expect(typeof cells[8]).toBe('number');
    }

    const dir = await mkdtemp(join(tmpdir(), 'tp-export-'));
    try {
      await writeFile(join(dir, 'hours.xlsx'), out.bytes);
      await run(
        'libreoffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1',
          '--outdir',
          dir,
          join(dir, 'hours.xlsx'),
        ],
        { timeout: 120_000 },
      );
      const converted = parseCsv(
        (await readFile(join(dir, 'hours.csv'), 'utf8')).replace(/^\uFEFF/, ''),
      );
      expect(converted[0]).toEqual([...TIME_EXPORT_COLUMNS]);
      expect(converted.slice(1)).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('scopes the export to the caller and applies the filters', async () => {
    const rowsFor = async (actor: TimeActor, filter: TimeExportQueryDto = {}) => {
      const out = new Capture();
      return (await service.export(actor, filter, 'csv', out)).total;
    };
    expect(await rowsFor(world.expert)).toBe(2);
    expect(await rowsFor(world.sme)).toBe(1);
    expect(await rowsFor(world.coordinatorB)).toBe(0);
    expect(await rowsFor(world.admin, { status: 'approved' })).toBe(1);
    expect(await rowsFor(world.admin, { userId: world.sme.id, caseId })).toBe(1);
    expect(await rowsFor(world.admin, { from: expected[2]?.[0] })).toBe(1);
    let refused: unknown;
    try {
      await rowsFor(world.coordinatorB, { municipalityId: world.municipalityA });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe(ErrorCode.Forbidden);
  });
});
