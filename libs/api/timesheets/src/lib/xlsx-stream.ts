import { type EventEmitter } from 'node:events';
import { type Writable } from 'node:stream';
import { type DeflateRaw, constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * A one-sheet XLSX written as it goes, with flat memory however many rows: the fixed parts are a
 * few hundred bytes each and the sheet XML is deflated straight into the receiver, respecting its
 * backpressure (exceljs's streaming writer queues the sheet without it and is slow, see the
 * README). The zip is written with data descriptors, so nothing needs to be known in advance.
 */

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** `date` columns show their serials as yyyy-mm-dd (`DATE_STYLE`). */
  type: 'text' | 'number' | 'date';
}

export interface XlsxSheetOptions {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  sheetName: string;
  columns: readonly XlsxColumn[];
  /** Keeps the header row in view while scrolling. */
  freezeHeader?: boolean;
  /** zlib level: 1 is fastest; XML compresses well at any level. */
  level?: number;
}

/** Rejected with this when the receiver (the HTTP client) went away mid-export. */
export class ReceiverGoneError extends Error {
  constructor() {
    super('The export receiver closed the connection');
  }
}

/**
 * Resolves on `event` of `source`; rejects if `source` fails or the receiver closes first (a
 * stalled pipeline would otherwise wait for ever).
 */
export function until(source: EventEmitter, event: string, receiver: Writable): Promise<void> {
  if (receiver.destroyed) return Promise.reject(new ReceiverGoneError());
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      source.off(event, onEvent);
      source.off('error', settle);
      receiver.off('close', onClose);
      receiver.off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => settle();
    const onClose = () => settle(new ReceiverGoneError());
    source.on(event, onEvent);
    source.on('error', settle);
    receiver.on('close', onClose);
    receiver.on('error', settle);
  });
}

/** Writes `chunk` and waits while the receiver's buffer is over its high-water mark. */
export async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new ReceiverGoneError();
  if (!out.write(chunk)) await until(out, 'drain', out);
}

const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const ZIP32_MAX = 0xffffffff;

interface ZipEntry {
  name: Buffer;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** A minimal zip writer: deflated entries, one streamed entry at a time, no ZIP64. */
class ZipWriter {
  private offset = 0;
  private readonly entries: ZipEntry[] = [];
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(
    private readonly out: Writable,
    private readonly level: number,
    modified = new Date(),
  ) {
    this.dosTime =
      (modified.getHours() << 11) | (modified.getMinutes() << 5) | (modified.getSeconds() >> 1);
    this.dosDate =
      ((modified.getFullYear() - 1980) << 9) |
      ((modified.getMonth() + 1) << 5) |
      modified.getDate();
  }

  private async put(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await write(this.out, chunk);
  }

  private localHeader(entry: ZipEntry): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(SIG_LOCAL, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(entry.flags, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.dosTime, 10);
    header.writeUInt16LE(this.dosDate, 12);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.compressed, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(entry.name.length, 26);
    return Buffer.concat([header, entry.name]);
  }

  /** A small part, deflated at once. */
  async file(name: string, text: string): Promise<void> {
    const data = Buffer.from(text, 'utf8');
    const deflated = deflateRawSync(data, { level: this.level });
    const entry: ZipEntry = {
      name: Buffer.from(name, 'utf8'),
      flags: FLAG_UTF8,
      crc: crc32(data),
      compressed: deflated.length,
      size: data.length,
      offset: this.offset,
    };
    this.entries.push(entry);
    await this.put(this.localHeader(entry));
    await this.put(deflated);
  }

  /** A large part, deflated as it is written; the CRC and sizes follow it (data descriptor). */
  async stream(name: string): Promise<StreamedEntry> {
    const entry: ZipEntry = {
      name: Buffer.from(name, 'utf8'),
      flags: FLAG_UTF8 | FLAG_DESCRIPTOR,
      crc: 0,
      compressed: 0,
      size: 0,
      offset: this.offset,
    };
    this.entries.push(entry);
    await this.put(this.localHeader(entry));
    return new StreamedEntry(this.out, entry, this.level, async () => {
      this.offset += entry.compressed;
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(SIG_DESCRIPTOR, 0);
      descriptor.writeUInt32LE(entry.crc, 4);
      descriptor.writeUInt32LE(entry.compressed, 8);
      descriptor.writeUInt32LE(entry.size, 12);
      await this.put(descriptor);
    });
  }

  /** The central directory and its end record; ends the receiver. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(SIG_CENTRAL, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(entry.flags, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(this.dosTime, 12);
      header.writeUInt16LE(this.dosDate, 14);
      header.writeUInt32LE(entry.crc, 16);
      header.writeUInt32LE(entry.compressed, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(entry.name.length, 28);
      header.writeUInt32LE(entry.offset, 42);
      await this.put(Buffer.concat([header, entry.name]));
    }
    if (this.offset > ZIP32_MAX) throw new Error('The XLSX would exceed 4 GB (no ZIP64)');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_END, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.offset += end.length;
    await new Promise<void>((resolve, reject) =>
      this.out.end(end, (error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

/**
 * One zip entry deflated on the fly. Backpressure runs end to end: the deflater pauses while
 * the receiver is full, then its input fills and `write` waits for it to drain.
 */
class StreamedEntry {
  private readonly deflate: DeflateRaw;
  private readonly resume = () => this.deflate.resume();

  constructor(
    private readonly out: Writable,
    private readonly entry: ZipEntry,
    level: number,
    private readonly ended: () => Promise<void>,
  ) {
    this.deflate = createDeflateRaw({ level });
    this.deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      if (!out.write(chunk)) this.deflate.pause();
    });
    out.on('drain', this.resume);
  }

  async write(chunk: Buffer | string): Promise<void> {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.entry.crc = crc32(data, this.entry.crc);
    this.entry.size += data.length;
    if (this.entry.size > ZIP32_MAX) throw new Error('The XLSX would exceed 4 GB (no ZIP64)');
    if (!this.deflate.write(data)) await until(this.deflate, 'drain', this.out);
  }

  async end(): Promise<void> {
    const done = until(this.deflate, 'end', this.out);
    this.deflate.end();
    await done;
    this.out.off('drain', this.resume);
    if (this.entry.compressed > ZIP32_MAX) throw new Error('The XLSX would exceed 4 GB (no ZIP64)');
    await this.ended();
  }

  /** Frees the deflater after a failure. */
  destroy(): void {
    this.out.off('drain', this.resume);
    this.deflate.destroy();
  }
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>\
</Types>`;

const ROOT_RELS = `${XML}<Relationships xmlns="${NS_PKG_REL}">\
<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>`;

const WORKBOOK_RELS = `${XML}<Relationships xmlns="${NS_PKG_REL}">\
<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/>\
</Relationships>`;

/** Style 0: general; style 1: a date shown as yyyy-mm-dd. */
const STYLES = `${XML}<styleSheet xmlns="${NS_MAIN}">\
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

/** The cell style (`s`) of a date. */
export const DATE_STYLE = 1;

// Characters XML 1.0 cannot carry are written as _xHHHH_ (ECMA-376 ST_Xstring), so a literal
// "_xHHHH_" in a text is escaped too; & < > as entities. The test keeps the common case cheap.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-f]{4}_/i;
// eslint-disable-next-line no-control-regex
const ESCAPES = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9a-f]{4}_)/gi;
const ENTITIES: { readonly [c: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A text as XML character data. */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(
    ESCAPES,
    (c) => ENTITIES[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

/** 'A', 'B', …, 'Z', 'AA', … for a zero-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const PRESERVE = /^\s|\s$/;

function textCell(ref: string, text: string): string {
  const space = PRESERVE.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** Writes one sheet to `out`: the header row, then rows as XML; `finish` completes the file. */
export class XlsxSheetStream {
  private constructor(
    private readonly zip: ZipWriter,
    private readonly sheet: StreamedEntry,
  ) {}

  /** Writes the fixed parts, the sheet's start and the header row. */
  static async open(out: Writable, options: XlsxSheetOptions): Promise<XlsxSheetStream> {
    const zip = new ZipWriter(out, options.level ?? constants.Z_DEFAULT_COMPRESSION);
    await zip.file('[Content_Types].xml', CONTENT_TYPES);
    await zip.file('_rels/.rels', ROOT_RELS);
    await zip.file(
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews>\
<sheets><sheet name="${xmlAttribute(options.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    await zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
    await zip.file('xl/styles.xml', STYLES);
    const sheet = await zip.stream('xl/worksheets/sheet1.xml');
    const stream = new XlsxSheetStream(zip, sheet);
    const pane = options.freezeHeader
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>'
      : '';
    const cols = options.columns
      .map(
        (column, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${
            column.type === 'date' ? ` style="${DATE_STYLE}"` : ''
          }/>`,
      )
      .join('');
    const header = options.columns.map((column, i) =>
      textCell(`${columnLetters(i)}1`, column.header),
    );
    await stream.guard(() =>
      sheet.write(
        `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">\
<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header.join('')}</row>`,
      ),
    );
    return stream;
  }

  /**
   * Appends rows as ready-made XML (`<row r="2">…</row>`, rows numbered from 2, cells with
   * `r` references and the styles of `DATE_STYLE`); resolves once the receiver can take more.
   */
  async write(rowsXml: Buffer | string): Promise<void> {
    await this.guard(() => this.sheet.write(rowsXml));
  }

  /** Ends the sheet and writes the zip's central directory; ends `out`. */
  async finish(): Promise<void> {
    await this.guard(async () => {
      await this.sheet.write('</sheetData></worksheet>');
      await this.sheet.end();
    });
    await this.zip.finish();
  }

  /** Frees the deflater when the export fails before `finish` (e.g. a database error). */
  abort(): void {
    this.sheet.destroy();
  }

  /** Frees the deflater if writing fails (the receiver went away, most often). */
  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.sheet.destroy();
      throw error;
    }
  }
}
