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
import {
  type CaseHoursTotal,
  type CaseTimeEntry,
  type PersonKind,
  type TimeEntryStatus,
} from '@techpact/contracts';
import {
  LocalDatePipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { TimesheetsApi } from '../timesheets-api.service';

const PAGE = 50;

/**
 * The hours tab of the case page: the case's hours per kind of person (experts, the company's
 * co-financing) and the entries the caller may see, newest first, a page at a time.
 */
@Component({
  selector: 'tp-case-hours-section',
  imports: [MatButtonModule, MatProgressBarModule, LocalDatePipe, LocalNumberPipe, TranslatePipe],
  templateUrl: './case-hours-section.html',
  styleUrl: './case-hours-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseHoursSection {
  private readonly api = inject(TimesheetsApi);

  readonly caseId = input.required<string>();
  /** The case's state value; a change (e.g. after an event) loads the hours again. */
  readonly caseState = input.required<string>();

  protected readonly entries = signal<CaseTimeEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly totals = signal<CaseHoursTotal[] | null>(null);
  protected readonly loading = signal(false);
  protected readonly feedback = new PageFeedback();
  protected readonly hasMore = computed(() => this.entries().length < this.total());

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.caseState();
      untracked(() => void this.load(id, 0));
    });
  }

  protected more(): void {
    void this.load(this.caseId(), this.entries().length);
  }

  protected kindKey(kind: PersonKind): TranslationKey {
    return `caseHub.hours.kinds.${kind}`;
  }

  /** One person's kind, beside their name. */
  protected personKey(kind: PersonKind): TranslationKey {
    return `caseHub.hours.kindOne.${kind}`;
  }

  protected statusKey(status: TimeEntryStatus): TranslationKey {
    return `caseHub.hours.entryStatuses.${status}`;
  }

  private async load(id: string, offset: number): Promise<void> {
    this.loading.set(true);
    this.feedback.clear();
    try {
      const page = await this.api.caseEntries(id, PAGE, offset);
      if (id !== this.caseId()) return;
      this.entries.update((shown) => (offset === 0 ? page.items : [...shown, ...page.items]));
      this.total.set(page.total);
      this.totals.set(page.totals);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
