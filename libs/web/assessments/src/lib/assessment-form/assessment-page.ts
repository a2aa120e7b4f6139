import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import {
  ASSESSMENT_MAX_SCORE,
  ASSESSMENT_MIN_SCORE,
  ASSESSMENT_NOTES_MAX,
  ASSESSMENT_SUMMARY_MAX,
  type AssessmentComparisonRow,
  type AssessmentKind,
  type AssessmentResponse,
  type AssessmentScore,
  type CaseAssessmentsResponse,
  type CaseDetail,
  type UpgradeSuggestion,
} from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback, messageText, problemMessage, toApiProblem } from '@techpact/web/ui';
import { AssessmentRadar } from '../assessment-chart/assessment-radar';
import { kindKey, parseKind, statusKey } from '../assessment-labels';
import { AssessmentsApi } from '../assessments-api.service';
import { suggestUpgrades } from '../upgrade-suggestions/suggest-upgrades';
import { UpgradeSuggestions } from '../upgrade-suggestions/upgrade-suggestions';
import { AUTOSAVE_DELAY } from './autosave-delay';

/** Where the draft stands against the server. */
export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

const LEVELS = Array.from(
  { length: ASSESSMENT_MAX_SCORE - ASSESSMENT_MIN_SCORE + 1 },
  (_, i) => ASSESSMENT_MIN_SCORE + i,
);

/**
 * The assessment form of a case (`/cases/:id/assessment/t0` or `t1`): a score and notes per
 * dimension and a summary, saved as a draft a moment after each change; the missing dimensions
 * listed; submitting T0 sends SUBMIT_ASSESSMENT through the lifecycle. Read-only when the API
 * says the caller may not edit it.
 */
@Component({
  selector: 'tp-assessment-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    AssessmentRadar,
    UpgradeSuggestions,
    LocalDatePipe,
    TranslatePipe,
  ],
  templateUrl: './assessment-page.html',
  styleUrl: './assessment-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessmentPage {
  private readonly api = inject(AssessmentsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly delay = inject(AUTOSAVE_DELAY);

  /** The case id, from the route. */
  readonly id = input.required<string>();
  /** `t0` or `t1`, from the route. */
  readonly kind = input.required<string>();

  protected readonly levels = LEVELS;
  protected readonly notesMax = ASSESSMENT_NOTES_MAX;
  protected readonly summaryMax = ASSESSMENT_SUMMARY_MAX;
  protected readonly kindKey = kindKey;
  protected readonly statusKey = statusKey;

  protected readonly assessment = signal<AssessmentResponse | null>(null);
  protected readonly caseFile = signal<CaseDetail | null>(null);
  private readonly overview = signal<CaseAssessmentsResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly loadFeedback = new PageFeedback();

  protected readonly scores = signal<AssessmentScore[]>([]);
  protected readonly summary = signal('');
  protected readonly saveState = signal<SaveState>({ kind: 'clean' });
  protected readonly submitting = signal(false);
  protected readonly submitFeedback = new PageFeedback();

  protected readonly assessmentKind = computed(() => parseKind(this.kind()));
  protected readonly canEdit = computed(() => this.assessment()?.canEdit === true);

  /** Dimension and its score side by side, in the assessment's order. */
  protected readonly cards = computed(() => {
    const assessment = this.assessment();
    if (!assessment) return [];
    const scoreOf = new Map(this.scores().map((s) => [s.dimensionId, s]));
    return assessment.dimensions.map((dimension) => {
      const entry = scoreOf.get(dimension.id);
      const score = entry?.score ?? null;
      return {
        dimension,
        score,
        notes: entry?.notes ?? '',
        descriptor: score === null ? null : (dimension.levels[score] ?? ''),
      };
    });
  });

  protected readonly missing = computed(() =>
    this.cards()
      .filter((card) => card.score === null)
      .map((card) => card.dimension),
  );

  protected readonly saveText = computed(() => {
    const state = this.saveState();
    switch (state.kind) {
      case 'clean':
        return null;
      case 'dirty':
        return this.i18n.t('assessments.form.unsaved');
      case 'saving':
        return this.i18n.t('assessments.form.saving');
      case 'saved':
        return this.i18n.t('assessments.form.saved');
      case 'failed':
        return this.i18n.t('assessments.form.notSaved', { message: state.message });
    }
  });

  /** The chart's rows: this form's scores as they are typed, beside the other assessment's. */
  protected readonly chartRows = computed<AssessmentComparisonRow[]>(() => {
    const kind = this.assessmentKind();
    const overview = this.overview();
    const other = kind === 'T0' ? overview?.t1 : overview?.t0;
    const otherScores = new Map(other?.scores.map((s) => [s.dimensionId, s.score]) ?? []);
    return this.cards().map(({ dimension, score }) => {
      const otherScore = otherScores.get(dimension.id) ?? null;
      const t0 = kind === 'T0' ? score : otherScore;
      const t1 = kind === 'T0' ? otherScore : score;
      return {
        dimensionId: dimension.id,
        dimension: dimension.name,
        t0,
        t1,
        difference: t0 !== null && t1 !== null ? t1 - t0 : null,
      };
    });
  });

  /** Suggestions follow T0: the typed scores on the T0 form, the saved T0 otherwise. */
  protected readonly suggestions = computed<UpgradeSuggestion[]>(() => {
    const assessment = this.assessment();
    if (!assessment) return [];
    return this.assessmentKind() === 'T0'
      ? suggestUpgrades(assessment.dimensions, this.scores())
      : (this.overview()?.suggestions ?? []);
  });

  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private dirty = false;

  constructor() {
    effect(() => {
      const id = this.id();
      const kind = this.assessmentKind();
      untracked(() => void this.open(id, kind));
    });
    inject(DestroyRef).onDestroy(() => {
      // Leaving the page saves what is still waiting for the delay.
      if (this.timer !== null) {
        void this.flush();
      }
    });
  }

  protected setScore(dimensionId: string, score: number): void {
    this.update(dimensionId, { score });
  }

  protected setNotes(dimensionId: string, notes: string): void {
    this.update(dimensionId, { notes });
  }

  protected setSummary(summary: string): void {
    this.summary.set(summary);
    this.changed();
  }

  /** Moves focus to the chosen level (or the first) of a dimension's radio group. */
  protected focusDimension(dimensionId: string): void {
    const group = this.host.nativeElement.querySelector(
      `[data-dimension="${CSS.escape(dimensionId)}"]`,
    );
    const radio =
      group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      group?.querySelector<HTMLInputElement>('input[type="radio"]');
    radio?.focus();
  }

  protected async submit(): Promise<void> {
    const id = this.id();
    const kind = this.assessmentKind();
    if (!kind || this.submitting()) return;
    this.submitFeedback.clear();
    this.submitting.set(true);
    try {
      if (!(await this.flush())) {
        return;
      }
      if (kind === 'T0') {
        // The newest version: autosaves do not change it, but someone else may have moved the case.
        const current = await this.api.caseFile(id);
        await this.api.submitBaseline(id, current.version);
      } else {
        await this.api.submitFollowUp(id);
      }
      await this.router.navigate(['/cases', id]);
    } catch (error) {
      this.submitFeedback.fail(error);
    } finally {
      this.submitting.set(false);
    }
  }

  private update(dimensionId: string, change: Partial<AssessmentScore>): void {
    this.scores.update((scores) =>
      scores.map((entry) => (entry.dimensionId === dimensionId ? { ...entry, ...change } : entry)),
    );
    this.changed();
  }

  private changed(): void {
    if (!this.canEdit()) return;
    this.dirty = true;
    this.saveState.set({ kind: 'dirty' });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /**
   * Saves the draft if it changed, one request at a time, so that an older body never lands
   * after a newer one. True when everything typed is saved.
   */
  private async flush(): Promise<boolean> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) {
      await this.inFlight;
    }
    if (!this.dirty) {
      return this.saveState().kind !== 'failed';
    }
    const kind = this.assessmentKind();
    if (!kind) return false;
    this.dirty = false;
    this.saveState.set({ kind: 'saving' });
    const body = {
      summary: this.summary(),
      scores: this.scores().map(({ dimensionId, score, notes }) => ({ dimensionId, score, notes })),
    };
    this.inFlight = this.api
      .save(this.id(), kind, body)
      .then((saved) => {
        this.assessment.update((current) =>
          current
            ? { ...current, status: saved.status, id: saved.id, updatedAt: saved.updatedAt }
            : current,
        );
        // A change made while this request ran is saved by its own timer.
        this.saveState.set(this.dirty ? { kind: 'dirty' } : { kind: 'saved' });
      })
      .catch((error: unknown) => {
        // What was typed stays in the form; the next change or submit tries again.
        this.dirty = true;
        this.saveState.set({
          kind: 'failed',
          message: messageText(problemMessage(toApiProblem(error)), this.i18n),
        });
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    return !this.dirty;
  }

  private async open(id: string, kind: AssessmentKind | null): Promise<void> {
    this.assessment.set(null);
    this.notFound.set(false);
    this.loadFeedback.clear();
    this.submitFeedback.clear();
    this.saveState.set({ kind: 'clean' });
    this.dirty = false;
    if (!kind) {
      this.notFound.set(true);
      this.loading.set(false);
      return;
    }
    this.loading.set(true);
    try {
      const [assessment, caseFile] = await Promise.all([
        this.api.get(id, kind),
        this.api.caseFile(id),
      ]);
      this.caseFile.set(caseFile);
      this.scores.set(
        assessment.dimensions.map((dimension) => {
          const saved = assessment.scores.find((s) => s.dimensionId === dimension.id);
          return {
            dimensionId: dimension.id,
            score: saved?.score ?? null,
            notes: saved?.notes ?? '',
          };
        }),
      );
      this.summary.set(assessment.summary);
      this.assessment.set(assessment);
    } catch (error) {
      const status = toApiProblem(error).status;
      if (status === 404 || status === 400 || status === 403) {
        this.notFound.set(true);
      } else {
        this.loadFeedback.fail(error);
      }
      return;
    } finally {
      this.loading.set(false);
    }
    try {
      this.overview.set(await this.api.overview(id));
    } catch {
      // The other assessment only adds to the chart; the form works without it.
    }
  }
}
