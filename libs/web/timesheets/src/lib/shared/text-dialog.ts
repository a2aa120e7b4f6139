import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';

/** Reasons and notes stay short enough for a list and an export cell. */
export const TEXT_MAX_LENGTH = 2000;

export interface TextDialogData {
  title: TranslationKey;
  intro: TranslationKey;
  introParams?: TranslationParams;
  label: TranslationKey;
  confirm: TranslationKey;
  required: boolean;
  /**
   * Sends the text; rejects with the API's error. The dialog stays open on failure, keeping what
   * was typed, and closes with `true` once it is done.
   */
  send: (text: string) => Promise<void>;
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** Asks for one text (a reason, outcome notes) and sends it: cancel, done, reject, unlock. */
@Component({
  selector: 'tp-text-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ data.intro | t: data.introParams }}</p>
        <mat-form-field appearance="outline" class="text">
          <mat-label>{{ data.label | t }}</mat-label>
          <textarea
            matInput
            formControlName="text"
            rows="4"
            cdkFocusInitial
            [required]="data.required"
          ></textarea>
          @if (form.controls.text.hasError('required')) {
            <mat-error>{{ 'timesheets.dialog.required' | t }}</mat-error>
          } @else if (form.controls.text.hasError('maxlength')) {
            <mat-error>{{ 'timesheets.dialog.tooLong' | t: { max: max } }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      @if (sending()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'timesheets.dialog.sending' | t"
        />
      }
      <div role="alert">
        @if (feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="sending()">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{ data.confirm | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .text {
      width: 100%;
      min-width: min(440px, 70vw);
    }
    [role='alert'] {
      padding: 0 24px;
    }
  `,
})
export class TextDialog {
  protected readonly data = inject<TextDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<TextDialog, boolean>>(MatDialogRef);

  protected readonly max = TEXT_MAX_LENGTH;
  protected readonly feedback = new PageFeedback();
  protected readonly sending = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    text: ['', [...(this.data.required ? [notBlank] : []), Validators.maxLength(TEXT_MAX_LENGTH)]],
  });

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.feedback.clear();
    this.sending.set(true);
    this.dialogRef.disableClose = true;
    try {
      await this.data.send(this.form.controls.text.value.trim());
      this.dialogRef.close(true);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.sending.set(false);
      this.dialogRef.disableClose = false;
    }
  }
}
