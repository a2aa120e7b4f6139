import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  SAVED_CASE_VIEW_NAME_MAX,
  type SavedCaseView,
  type SavedCaseViewQuery,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { SavedViewsApi } from './saved-views.api';

/** Save the current filters as a new view, or rename an existing one. */
export type SaveViewDialogData =
  { mode: 'create'; query: SavedCaseViewQuery } | { mode: 'rename'; view: SavedCaseView };

/** A name must hold more than spaces (the server trims it too). */
function notBlank(control: AbstractControl<unknown>): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() === ''
    ? { required: true }
    : null;
}

/**
 * Asks for a view's name and saves it. The dialog sends the request itself, so that a refused
 * name (taken, too long) is shown next to the field and the input stays for another try.
 */
@Component({
  selector: 'tp-save-view-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  templateUrl: './save-view-dialog.html',
  styles: `
    .name {
      width: 100%;
    }
    mat-dialog-content {
      min-width: min(420px, 80vw);
    }
    .dialog-alert {
      padding: 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveViewDialog {
  private readonly api = inject(SavedViewsApi);
  private readonly dialogRef = inject<MatDialogRef<SaveViewDialog, SavedCaseView>>(MatDialogRef);
  protected readonly data = inject<SaveViewDialogData>(MAT_DIALOG_DATA);

  protected readonly maxLength = SAVED_CASE_VIEW_NAME_MAX;
  protected readonly name = new FormControl(
    this.data.mode === 'rename' ? this.data.view.name : '',
    {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(SAVED_CASE_VIEW_NAME_MAX)],
    },
  );
  protected readonly form = new FormGroup({ name: this.name });
  protected readonly sending = signal(false);
  protected readonly feedback = new PageFeedback();

  protected async submit(): Promise<void> {
    this.name.markAsTouched();
    if (this.form.invalid || this.sending()) return;
    this.feedback.clear();
    this.sending.set(true);
    this.dialogRef.disableClose = true;
    const name = this.name.value.trim();
    try {
      const saved =
        this.data.mode === 'create'
          ? await this.api.create({ name, query: this.data.query })
          : await this.api.rename(this.data.view.id, { name });
      this.dialogRef.close(saved);
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.sending.set(false);
      this.dialogRef.disableClose = false;
    }
  }
}
