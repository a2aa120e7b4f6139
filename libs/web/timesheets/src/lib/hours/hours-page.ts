import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { type TimesheetWeek, YEARLY_HOURS_FLAG } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback, problemMessage, toApiProblem } from '@techpact/web/ui';
import { MyActivities } from '../activities/my-activities';
import { TimesheetsApi } from '../timesheets-api.service';
import { type GridCell, type GridRow, mergeWeek, toGridRows, updateCell } from './grid-model';
import { formatHours, parseHours } from './hours-input';
import { currentIsoWeek, localToday, parseIsoWeek, shiftWeek, weekDays } from './iso-week';
import { type CellCommit, WeekGrid } from './week-grid';

/** After the last save, wait this long before asking the server for the week's new totals. */
const REFRESH_DELAY_MS = 800;

/**
 * `/hours?week=2026-W47`: the signed-in person's weekly grid, saved cell by cell as they type,
 * with week navigation, "copy last week's rows" and "submit week". Experts also see their
 * activities below it.
 */
@Component({
  selector: 'tp-hours-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    LocalDatePipe,
    TranslatePipe,
    WeekGrid,
    MyActivities,
  ],
  templateUrl: './hours-page.html',
  styleUrl: './hours-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HoursPage {
  private readonly api = inject(TimesheetsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);

  /** `?week=` from the address; the current week when absent or not a week. */
  readonly week = input<string>();

  protected readonly isExpert = computed(() => this.auth.role() === 'expert');
  protected readonly shownWeek = computed(() => {
    const week = this.week();
    return parseIsoWeek(week) ? (week as string) : currentIsoWeek();
  });
  protected readonly weekNumber = computed(() => parseIsoWeek(this.shownWeek())?.week ?? 0);
  protected readonly days = computed(() => weekDays(this.shownWeek()));
  protected readonly isThisWeek = computed(() => this.shownWeek() === currentIsoWeek());
  protected readonly today = signal(localToday());

  protected readonly sheet = signal<TimesheetWeek | null>(null);
  protected readonly rows = signal<GridRow[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly pendingSaves = signal(0);
  protected readonly feedback = new PageFeedback();
  protected readonly yearFlag = YEARLY_HOURS_FLAG;

  protected readonly hasErrors = computed(() =>
    this.rows().some((row) => row.cells.some((cell) => cell.state === 'error')),
  );
  protected readonly savedAny = computed(() =>
    this.rows().some((row) => row.cells.some((cell) => cell.state === 'saved')),
  );
  /** Saved drafts count at once; the server's `canSubmit` follows with the next refresh. */
  private readonly hasDrafts = computed(() =>
    this.rows().some((row) =>
      row.cells.some((cell) => cell.entry?.editable && cell.entry.status !== 'submitted'),
    ),
  );
  protected readonly canSubmit = computed(
    () =>
      ((this.sheet()?.canSubmit ?? false) || this.hasDrafts()) &&
      this.pendingSaves() === 0 &&
      !this.hasErrors() &&
      !this.busy(),
  );

  private saveQueue: Promise<void> = Promise.resolve();
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private loadCount = 0;

  constructor() {
    effect(() => {
      const week = this.shownWeek();
      untracked(() => void this.load(week));
    });
  }

  protected hours(value: number): string {
    return formatHours(value, this.i18n.locale());
  }

  protected goTo(delta: number | null): void {
    const week = delta === null ? currentIsoWeek() : shiftWeek(this.shownWeek(), delta);
    void this.router.navigate([], { queryParams: { week }, queryParamsHandling: 'merge' });
  }

  /** A cell was left or confirmed: check what was typed, then save it in turn. */
  protected onCommit({ row, col, text }: CellCommit): void {
    const cell = this.rows()[row]?.cells[col];
    if (!cell || cell.readOnly) return;
    if (text === cell.text && cell.state !== 'error') return;
    const parsed = parseHours(text);
    if (!parsed.ok) {
      const key = `timesheets.grid.errors.${parsed.problem}` as const;
      this.rows.update((rows) =>
        updateCell(rows, row, col, { text, state: 'error', error: { key } }),
      );
      return;
    }
    const shown = formatHours(parsed.hours, this.i18n.locale(), true);
    if (parsed.hours === cell.hours && cell.state !== 'error') {
      this.rows.update((rows) => updateCell(rows, row, col, { text: shown }));
      return;
    }
    this.rows.update((rows) =>
      updateCell(rows, row, col, { text: shown, state: 'saving', error: null }),
    );
    // An older "copied" or "submitted" line would hide the save state.
    this.feedback.clear();
    this.enqueueSave(row, col, parsed.hours, text);
  }

  protected async copyLastWeek(): Promise<void> {
    await this.act(async () => {
      const week = this.shownWeek();
      const sheet = await this.api.copyLastWeek({ week });
      if (week !== this.shownWeek()) return;
      // Merged, not reloaded: the copied rows exist only here until a cell gets hours.
      this.sheet.set(sheet);
      this.rows.update((rows) => mergeWeek(rows, sheet, this.i18n.locale(), this.today()));
      this.feedback.succeed({ key: 'timesheets.hours.copied' });
    });
  }

  protected async submitWeek(): Promise<void> {
    await this.act(async () => {
      // The button can be pressed before the last cell's save (on blur) disables it: let every
      // queued save land first, and submit nothing when one of them failed.
      await this.saveQueue;
      if (this.hasErrors()) return;
      const { submitted } = await this.api.submit({ period: this.shownWeek() });
      await this.load(this.shownWeek());
      this.feedback.succeed({ key: 'timesheets.hours.submitted', params: { count: submitted } });
    });
  }

  private async act(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.feedback.clear();
    try {
      await work();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Saves run one after another: the server checks the 24-hour day across cells in order. */
  private enqueueSave(row: number, col: number, hours: number, typed: string): void {
    const activityId = this.rows()[row]?.activityId;
    const date = this.rows()[row]?.cells[col]?.date;
    if (!activityId || !date) return;
    const week = this.shownWeek();
    // Answers that arrive after the person moved to another week must not touch its cells.
    const apply = (patch: Partial<GridCell>): void => {
      if (week === this.shownWeek()) this.rows.update((rows) => updateCell(rows, row, col, patch));
    };
    this.pendingSaves.update((count) => count + 1);
    this.saveQueue = this.saveQueue.then(async () => {
      try {
        const entry = await this.api.setCell({ activityId, date, hours });
        apply({ hours, entry, state: 'saved', error: null });
      } catch (error) {
        apply({ text: typed, state: 'error', error: problemMessage(toApiProblem(error)) });
      } finally {
        this.pendingSaves.update((count) => count - 1);
        this.scheduleRefresh();
      }
    });
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      if (this.pendingSaves() === 0) void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** The server's totals, statuses and "can submit" after saves, keeping the person's edits. */
  private async refresh(): Promise<void> {
    const week = this.shownWeek();
    try {
      const sheet = await this.api.week(week);
      if (week !== this.shownWeek()) return;
      this.sheet.set(sheet);
      this.rows.update((rows) => mergeWeek(rows, sheet, this.i18n.locale(), this.today()));
    } catch {
      // The cells already show their own outcome; the next load brings the totals.
    }
  }

  private async load(week: string): Promise<void> {
    const ticket = ++this.loadCount;
    this.loading.set(true);
    this.today.set(localToday());
    try {
      const sheet = await this.api.week(week);
      // A slower answer for a week the person already left must not replace the new one.
      if (ticket !== this.loadCount) return;
      this.sheet.set(sheet);
      this.rows.set(toGridRows(sheet, this.i18n.locale(), this.today()));
    } catch (error) {
      if (ticket !== this.loadCount) return;
      this.sheet.set(null);
      this.rows.set([]);
      this.feedback.fail(error);
    } finally {
      if (ticket === this.loadCount) this.loading.set(false);
    }
  }
}
