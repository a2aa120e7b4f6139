import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { type SavedCaseView } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { SavedViewsApi } from './saved-views.api';

/** Asks before deleting a saved view, then deletes it; closes with `true` once it is gone. */
@Component({
  selector: 'tp-delete-view-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'caseViews.delete.title' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'caseViews.delete.question' | t: { name: view.name } }}</p>
      <div role="alert">
        @if (feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="sending()">
        {{ 'common.cancel' | t }}
      </button>
      <button mat-flat-button type="button" [disabled]="sending()" (click)="confirm()">
        {{ (sending() ? 'caseViews.delete.deleting' : 'caseViews.delete.confirm') | t }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteViewDialog {
  private readonly api = inject(SavedViewsApi);
  private readonly dialogRef = inject<MatDialogRef<DeleteViewDialog, boolean>>(MatDialogRef);
  protected readonly view = inject<SavedCaseView>(MAT_DIALOG_DATA);
  protected readonly sending = signal(false);
  protected readonly feedback = new PageFeedback();

  protected async confirm(): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    this.feedback.clear();
    try {
      await this.api.remove(this.view.id);
      this.dialogRef.close(true);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.sending.set(false);
    }
  }
}
