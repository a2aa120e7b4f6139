import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { I18nService, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { messageText } from '@techpact/web/ui';
import { MAX_HOURS_PER_DAY } from '@techpact/contracts';
import { nextCell } from './grid-navigation';
import { type GridCell, type GridRow, type ReadOnlyReason } from './grid-model';
import { gridTotals } from './grid-totals';
import { formatHours } from './hours-input';

/** A cell's text as the person left it, to be parsed and saved by the page. */
export interface CellCommit {
  row: number;
  col: number;
  text: string;
}

const REASON_KEYS: Readonly<Record<ReadOnlyReason, TranslationKey>> = {
  approved: 'timesheets.grid.readOnly.approved',
  submitted: 'timesheets.grid.readOnly.submitted',
  locked: 'timesheets.grid.readOnly.locked',
  future: 'timesheets.grid.readOnly.future',
  notEditable: 'timesheets.grid.readOnly.notEditable',
};

/**
 * The week as a table of hour inputs: one row per activity, one column per day, totals per row,
 * per day and for the week. Keyboard: Tab / Shift+Tab in reading order (the browser's own),
 * Enter / Shift+Enter down / up, arrow keys between cells (left/right once the caret is at the
 * edge of the text, or with Alt). A cell commits on change (blur or Enter); the page saves it.
 */
@Component({
  selector: 'tp-week-grid',
  imports: [TranslatePipe],
  templateUrl: './week-grid.html',
  styleUrl: './week-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekGrid {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18nService);

  readonly rows = input.required<GridRow[]>();
  /** The seven dates, Monday first. */
  readonly days = input.required<string[]>();
  readonly today = input.required<string>();
  readonly commit = output<CellCommit>();

  protected readonly maxPerDay = MAX_HOURS_PER_DAY;
  protected readonly totals = computed(() =>
    gridTotals(
      this.rows().map((row) => row.cells.map((cell) => cell.hours)),
      this.days().length,
    ),
  );
  protected readonly dayLabels = computed(() => {
    const locale = this.i18n.locale();
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    });
    return this.days().map((date) => {
      const day = new Date(`${date}T00:00:00Z`);
      return { weekday: weekday.format(day), date: short.format(day), long: longDay.format(day) };
    });
  });

  protected hours(value: number): string {
    return formatHours(value, this.i18n.locale());
  }

  protected cellId(row: number, col: number): string {
    return `hours-cell-${row}-${col}`;
  }

  protected noteId(row: number, col: number): string {
    return `hours-note-${row}-${col}`;
  }

  /** The short text under a cell: its save state, its error, or why it is read-only. */
  protected note(cell: GridCell): string | null {
    if (cell.state === 'error' && cell.error) return messageText(cell.error, this.i18n);
    if (cell.state === 'saving') return this.i18n.t('timesheets.grid.saving');
    if (cell.readOnly && cell.readOnly !== 'future') return this.i18n.t(REASON_KEYS[cell.readOnly]);
    if (cell.entry?.status === 'rejected') {
      const reason = cell.entry.rejectReason ?? '';
      return this.i18n.t('timesheets.grid.rejected', { reason });
    }
    if (cell.state === 'saved') return this.i18n.t('timesheets.grid.saved');
    return null;
  }

  /** The reason as a tooltip too, e.g. for future days that show no note. */
  protected title(cell: GridCell): string | null {
    return cell.readOnly ? this.i18n.t(REASON_KEYS[cell.readOnly]) : null;
  }

  protected onChange(row: number, col: number, event: Event): void {
    this.commit.emit({ row, col, text: (event.target as HTMLInputElement).value });
  }

  protected onKeydown(event: KeyboardEvent, row: number, col: number): void {
    const input = event.target as HTMLInputElement;
    const length = input.value.length;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? length;
    const allSelected = start === 0 && end === length;
    const target = nextCell(
      { row, col },
      {
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        caretAtStart: (start === 0 && end === 0) || allSelected,
        caretAtEnd: (start === length && end === length) || allSelected,
        rows: this.rows().length,
        cols: this.days().length,
      },
    );
    if (!target) return;
    event.preventDefault();
    if (event.key === 'Enter') {
      // Enter commits even when focus cannot move (last row).
      this.commit.emit({ row, col, text: input.value });
    }
    if (target.row === row && target.col === col) return;
    const next = this.host.nativeElement.querySelector<HTMLInputElement>(
      `#${this.cellId(target.row, target.col)}`,
    );
    next?.focus();
    next?.select();
  }
}
