import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  AGREEMENT_TEXT_MAX,
  AGREEMENT_TITLE_MAX,
  type AgreementVersionDetail,
  type UpdateDraftRequest,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback, toApiProblem } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';

/** The draft's own text, as the form and the API compare it. */
interface DraftText {
  title: string;
  summary: string;
  goals: string;
  ndaClause: string | null;
}

const textOf = (draft: AgreementVersionDetail): DraftText => ({
  title: draft.title,
  summary: draft.summary,
  goals: draft.goals,
  ndaClause: draft.ndaClause,
});

const sameText = (a: DraftText, b: DraftText): boolean =>
  a.title === b.title &&
  a.summary === b.summary &&
  a.goals === b.goals &&
  a.ndaClause === b.ndaClause;

/**
 * Title, summary, goals and the optional NDA clause of the draft, saved with a button. A failed
 * save keeps every typed character; a stale draft (409) offers to reload instead of overwriting.
 */
@Component({
  selector: 'tp-draft-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslatePipe,
  ],
  templateUrl: './draft-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    mat-form-field {
      display: block;
      width: 100%;
    }
    .nda-toggle {
      margin: 0 0 16px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .unsaved {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DraftForm {
  private readonly api = inject(AgreementsApi);

  readonly caseId = input.required<string>();
  readonly draft = input.required<AgreementVersionDetail>();
  /** The draft as the API now has it, after a save or a reload. */
  readonly saved = output<AgreementVersionDetail>();

  protected readonly titleMax = AGREEMENT_TITLE_MAX;
  protected readonly textMax = AGREEMENT_TEXT_MAX;
  protected readonly saving = signal(false);
  protected readonly stale = signal(false);
  protected readonly dirty = signal(false);
  protected readonly feedback = new PageFeedback();

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(AGREEMENT_TITLE_MAX)]],
    summary: ['', Validators.maxLength(AGREEMENT_TEXT_MAX)],
    goals: ['', Validators.maxLength(AGREEMENT_TEXT_MAX)],
    ndaOn: [false],
    ndaClause: ['', Validators.maxLength(AGREEMENT_TEXT_MAX)],
  });

  /** What the form was filled from: the text and row version the next save builds on. */
  private base: { id: string; rowVersion: number; text: DraftText } | null = null;

  constructor() {
    effect(() => {
      const draft = this.draft();
      untracked(() => this.follow(draft));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.dirty.set(this.form.dirty);
    });
    this.form.controls.ndaOn.valueChanges.pipe(takeUntilDestroyed()).subscribe((on) => {
      const clause = this.form.controls.ndaClause;
      clause.setValidators(
        on
          ? [Validators.required, Validators.maxLength(AGREEMENT_TEXT_MAX)]
          : Validators.maxLength(AGREEMENT_TEXT_MAX),
      );
      clause.updateValueAndValidity({ emitEvent: false });
    });
  }

  /** Saves what was typed, if anything; true when nothing is left unsaved. */
  async save(): Promise<boolean> {
    if (!this.form.dirty) return true;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    if (this.saving() || !this.base) return false;
    const sent = this.text();
    const body: UpdateDraftRequest = { ...sent, expectedRowVersion: this.base.rowVersion };
    this.feedback.clear();
    this.saving.set(true);
    try {
      const updated = await this.api.updateDraft(this.caseId(), body);
      this.base = { id: updated.id, rowVersion: updated.rowVersion, text: textOf(updated) };
      // Typing that went on during the request stays unsaved (and marked so).
      if (sameText(this.text(), sent)) {
        this.form.markAsPristine();
        this.dirty.set(false);
      }
      this.feedback.succeed({ key: 'agreements.draft.saved' });
      this.saved.emit(updated);
      return !this.form.dirty;
    } catch (error) {
      if (toApiProblem(error).status === 409) this.stale.set(true);
      this.feedback.fail(error, this.form);
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  /** Throws away what was typed and shows the draft as it is now. */
  protected async reload(): Promise<void> {
    this.feedback.clear();
    try {
      const draft = await this.api.draft(this.caseId());
      this.fill(draft);
      this.saved.emit(draft);
    } catch (error) {
      this.feedback.fail(error);
    }
  }

  protected async submit(): Promise<void> {
    await this.save();
  }

  /**
   * A new copy of the draft arrived (after an upgrade change, say). With nothing typed the form
   * shows it; with unsaved text the form keeps it, and only a change of the text by someone else
   * counts as stale.
   */
  private follow(draft: AgreementVersionDetail): void {
    if (!this.base || this.base.id !== draft.id || !this.form.dirty) {
      this.fill(draft);
      return;
    }
    if (sameText(this.base.text, textOf(draft))) {
      this.base = { ...this.base, rowVersion: draft.rowVersion };
    } else {
      this.stale.set(true);
    }
  }

  private fill(draft: AgreementVersionDetail): void {
    this.base = { id: draft.id, rowVersion: draft.rowVersion, text: textOf(draft) };
    this.form.reset({
      title: draft.title,
      summary: draft.summary,
      goals: draft.goals,
      ndaOn: draft.ndaClause !== null,
      ndaClause: draft.ndaClause ?? '',
    });
    this.stale.set(false);
    this.dirty.set(false);
  }

  private text(): DraftText {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      summary: value.summary,
      goals: value.goals,
      ndaClause: value.ndaOn ? value.ndaClause : null,
    };
  }
}
