import { PDFDocument, PDFHexString, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { toEncodable, wrapText } from './pdf-text';

/** Document information; fixed values keep the output byte-identical for the same input. */
export interface PdfDocumentInfo {
  title: string;
  subject: string;
  /** BCP 47, e.g. "da". */
  language: string;
  /** Used as both creation and modification date. */
  createdAt: Date;
  /** 32 hex digits; the trailer /ID that readers use to tell documents apart. */
  documentId: string;
}

export interface PdfTableColumn {
  header: string;
  /** Share of the text width; shares are normalised over the columns. */
  width: number;
  align?: 'left' | 'right';
}

export interface PdfTableOptions {
  /** Draw the header row (repeated on every page the table continues on). Default true. */
  showHeader?: boolean;
  /** The first column in bold, for label/value lists. */
  boldFirstColumn?: boolean;
  /** A closing row in bold, e.g. totals. */
  footer?: readonly string[];
  /** Font size; smaller lets a long value such as a SHA-256 stay on one line. */
  size?: number;
}

const PAGE_SIZE: [number, number] = [595.28, 841.89]; // A4
const MARGIN = { x: 56, top: 60, bottom: 64 };
const SIZE = { body: 10, small: 8, h1: 18, h2: 12.5 };
const LEADING = 1.35;
const CELL_GAP = 8;
const MUTED = rgb(0.38, 0.38, 0.42);
const RULE = rgb(0.8, 0.8, 0.82);

/**
 * A small flowing-text layout on pdf-lib: headings, paragraphs, tables with wrapped cells,
 * automatic page breaks and page footers. Shared by the agreement, its signature certificate
 * and the case report.
 */
export class PdfWriter {
  private page: PDFPage | null = null;
  private y = 0;
  private readonly ownPages: PDFPage[] = [];
  private readonly characterSet: ReadonlySet<number>;

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.characterSet = new Set(regular.getCharacterSet());
  }

  static async create(info: PdfDocumentInfo): Promise<PdfWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setSubject(info.subject);
    doc.setLanguage(info.language);
    doc.setCreator('TechPact');
    doc.setProducer('TechPact (pdf-lib)');
    doc.setCreationDate(info.createdAt);
    doc.setModificationDate(info.createdAt);
    const id = PDFHexString.of(info.documentId);
    doc.context.trailerInfo.ID = doc.context.obj([id, id]);
    return PdfWriter.continue(doc);
  }

  /** Writes new pages after the existing ones of `doc` (e.g. a certificate after an agreement). */
  static async continue(doc: PDFDocument): Promise<PdfWriter> {
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    return new PdfWriter(doc, regular, bold);
  }

  /** The pages this writer added, in order. */
  get pages(): readonly PDFPage[] {
    return this.ownPages;
  }

  heading(text: string, level: 1 | 2 = 1): this {
    const size = level === 1 ? SIZE.h1 : SIZE.h2;
    const lines = this.wrap(text, this.bold, size, this.textWidth);
    // Keep the heading with at least two lines of what follows.
    const needed = lines.length * size * LEADING + 2 * SIZE.body * LEADING;
    if (this.page && this.y !== this.top) this.y -= level === 1 ? size : size * 0.8;
    this.ensure(needed);
    for (const line of lines) this.line(line, MARGIN.x, this.bold, size);
    this.y -= size * 0.3;
    return this;
  }

  paragraph(text: string, options: { bold?: boolean; muted?: boolean; size?: number } = {}): this {
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? SIZE.body;
    for (const line of this.wrap(text, font, size, this.textWidth)) {
      this.ensure(size * LEADING);
      this.line(line, MARGIN.x, font, size, options.muted ? MUTED : undefined);
    }
    this.y -= size * 0.6;
    return this;
  }

  /** A two-column list of labels and values. */
  fields(rows: readonly (readonly [string, string])[], options: { size?: number } = {}): this {
    return this.table(
      [
        { header: '', width: 0.3 },
        { header: '', width: 0.7 },
      ],
      rows,
      { showHeader: false, boldFirstColumn: true, size: options.size },
    );
  }

  table(
    columns: readonly PdfTableColumn[],
    rows: readonly (readonly string[])[],
    options: PdfTableOptions = {},
  ): this {
    const size = options.size ?? SIZE.body;
    const share = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (this.textWidth * column.width) / share);
    const header = options.showHeader === false ? null : columns.map((column) => column.header);
    const fontOf = (row: 'header' | 'body' | 'footer', index: number) =>
      row !== 'body' || (options.boldFirstColumn && index === 0) ? this.bold : this.regular;

    const drawRow = (cells: readonly string[], kind: 'header' | 'body' | 'footer') => {
      const wrapped = columns.map((_, i) =>
        this.wrap(cells[i] ?? '', fontOf(kind, i), size, widths[i] - CELL_GAP),
      );
      const height = Math.max(...wrapped.map((lines) => lines.length));
      const lineHeight = size * LEADING;
      // Do not leave a lone first line of a row at the foot of a page.
      if (this.ensure(Math.min(height, 2) * lineHeight) && header && kind !== 'header') {
        drawRow(header, 'header');
      }
      if (kind === 'footer') this.rule(0.8);
      for (let lineIndex = 0; lineIndex < height; lineIndex++) {
        if (this.ensure(lineHeight) && header && kind !== 'header') drawRow(header, 'header');
        let x = MARGIN.x;
        columns.forEach((column, i) => {
          const text = wrapped[i][lineIndex] ?? '';
          const font = fontOf(kind, i);
          const offset =
            column.align === 'right'
              ? widths[i] - CELL_GAP - font.widthOfTextAtSize(text, size)
              : 0;
          this.draw(text, x + offset, font, size);
          x += widths[i];
        });
        this.y -= lineHeight;
      }
      this.y -= 3;
      if (kind !== 'footer') this.rule(kind === 'header' ? 0.8 : 0.3);
      this.y -= 3;
    };

    if (header) drawRow(header, 'header');
    for (const row of rows) drawRow(row, 'body');
    if (options.footer) drawRow(options.footer, 'footer');
    this.y -= size * 0.6;
    return this;
  }

  space(points: number): this {
    this.y -= points;
    return this;
  }

  pageBreak(): this {
    this.newPage();
    return this;
  }

  /** Writes a centred footer on every page of this writer, e.g. "Page 2 of 5". */
  footer(text: (pageNumber: number, pageCount: number) => string): void {
    this.ownPages.forEach((page, index) => {
      const line = this.encodable(text(index + 1, this.ownPages.length));
      const width = this.regular.widthOfTextAtSize(line, SIZE.small);
      page.drawText(line, {
        x: (PAGE_SIZE[0] - width) / 2,
        y: MARGIN.bottom / 2,
        size: SIZE.small,
        font: this.regular,
        color: MUTED,
      });
    });
  }

  private get textWidth(): number {
    return PAGE_SIZE[0] - 2 * MARGIN.x;
  }

  private get top(): number {
    return PAGE_SIZE[1] - MARGIN.top;
  }

  /** Starts a new page when less than `height` is left; says whether it did. */
  private ensure(height: number): boolean {
    if (this.page && this.y - height >= MARGIN.bottom) return false;
    this.newPage();
    return true;
  }

  private newPage(): void {
    this.page = this.doc.addPage(PAGE_SIZE);
    this.ownPages.push(this.page);
    this.y = this.top;
  }

  private line(text: string, x: number, font: PDFFont, size: number, color = rgb(0, 0, 0)): void {
    this.draw(text, x, font, size, color);
    this.y -= size * LEADING;
  }

  private draw(text: string, x: number, font: PDFFont, size: number, color = rgb(0, 0, 0)): void {
    if (!this.page) this.newPage();
    if (text) this.page?.drawText(text, { x, y: this.y - size, size, font, color });
  }

  private rule(thickness: number): void {
    this.page?.drawLine({
      start: { x: MARGIN.x, y: this.y },
      end: { x: PAGE_SIZE[0] - MARGIN.x, y: this.y },
      thickness,
      color: RULE,
    });
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    return wrapText(this.encodable(text), font, size, width);
  }

  private encodable(text: string): string {
    return toEncodable(text, this.characterSet);
  }
}
