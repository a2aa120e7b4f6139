import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type CaseOutcomesResponse,
  OUTCOME_SUMMARY_MAX,
  TURNOVER_EFFECT_BANDS,
  type TurnoverEffectBand,
} from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { NumberPipe } from '../charts/chart-number';
import { ReportingApi, caseReportUrl } from '../reporting-api.service';
import { type OutcomesForm, outcomesForm, toRequest } from './outcomes-form';

const COUNT_FIELDS = ['jobsCreated', 'newProducts', 'newProcesses'] as const;

/**
 * The completion part of the case page: the outcomes (a form while the case is in completion
 * and the caller may record them, read-only otherwise), the request for the follow-up
 * assessment, and the case report of a completed case.
 */
@Component({
  selector: 'tp-case-completion-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    NumberPipe,
    LocalDatePipe,
    TranslatePipe,
  ],
  templateUrl: './case-completion-section.html',
  styleUrl: './case-completion-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseCompletionSection {
  private readonly api = inject(ReportingApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18nService);

  readonly caseId = input.required<string>();
  /** The case's state value; a change (e.g. after COMPLETE) loads the outcomes again. */
  readonly state = input.required<string>();
  /** Outcomes saved or a follow-up requested: the case's version moved on (an audit event). */
  readonly recorded = output();

  protected readonly answer = signal<CaseOutcomesResponse | null>(null);
  protected readonly form = signal<OutcomesForm | null>(null);
  protected readonly saving = signal(false);
  protected readonly requesting = signal(false);
  protected readonly feedback = new PageFeedback();
  protected readonly invalid = signal(false);
  protected readonly followUpFeedback = new PageFeedback();
  protected readonly countFields = COUNT_FIELDS;
  protected readonly bands = TURNOVER_EFFECT_BANDS;
  protected readonly summaryMax = OUTCOME_SUMMARY_MAX;

  protected readonly inCompletion = computed(() => this.state() === 'completion');
  protected readonly completed = computed(() => this.state() === 'completed');
  protected readonly reportUrl = computed(() => caseReportUrl(this.caseId()));

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.state();
      untracked(() => void this.load(id));
    });
  }

  protected bandKey(band: TurnoverEffectBand): TranslationKey {
    return `reporting.outcomes.bands.${band}`;
  }

  protected fieldKey(field: (typeof COUNT_FIELDS)[number]): TranslationKey {
    return `reporting.outcomes.${field}`;
  }

  /** The message under a field, for its first error. */
  protected errorOf(control: AbstractControl): string {
    const errors = control.errors ?? {};
    const server: unknown = errors['server'];
    if (typeof server === 'string') return server;
    if (errors['whole']) return this.i18n.t('reporting.outcomes.whole');
    const max: unknown = errors['max'] ?? errors['maxlength'];
    if (max && typeof max === 'object') {
      const limit = Number(Reflect.get(max, 'max') ?? Reflect.get(max, 'requiredLength'));
      const number = new Intl.NumberFormat(this.i18n.locale()).format(limit);
      return this.i18n.t('reporting.outcomes.max', { max: number });
    }
    return this.i18n.t('reporting.outcomes.required');
  }

  protected async save(): Promise<void> {
    const form = this.form();
    if (!form || this.saving()) return;
    form.markAllAsTouched();
    this.feedback.clear();
    this.invalid.set(form.invalid);
    if (form.invalid) return;
    this.saving.set(true);
    try {
      const saved = await this.api.saveOutcomes(this.caseId(), toRequest(form));
      this.show(saved);
      this.feedback.succeed({ key: 'reporting.outcomes.saved' });
      this.recorded.emit();
    } catch (error) {
      this.feedback.fail(error, form);
    } finally {
      this.saving.set(false);
    }
  }

  protected async requestFollowUp(): Promise<void> {
    if (this.requesting()) return;
    this.requesting.set(true);
    this.followUpFeedback.clear();
    try {
      const { notified } = await this.api.requestFollowUp(this.caseId());
      this.recorded.emit();
      this.followUpFeedback.succeed(
        notified.length > 0
          ? {
              key: 'reporting.outcomes.followUpRequested',
              params: { names: notified.map((expert) => expert.name).join(', ') },
            }
          : { key: 'reporting.outcomes.followUpNobody' },
      );
    } catch (error) {
      this.followUpFeedback.fail(error);
    } finally {
      this.requesting.set(false);
    }
  }

  private show(answer: CaseOutcomesResponse): void {
    this.answer.set(answer);
    this.form.set(answer.canEdit ? outcomesForm(this.fb, answer.outcomes) : null);
  }

  private async load(id: string): Promise<void> {
    this.feedback.clear();
    try {
      const answer = await this.api.outcomes(id);
      if (id === this.caseId()) this.show(answer);
    } catch {
      // Not allowed to read them (e.g. the company's own user): the section stays away.
      this.answer.set(null);
      this.form.set(null);
    }
  }
}
