import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
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
import { MatSelectModule } from '@angular/material/select';
import {
  AGREEMENT_TEXT_MAX,
  AGREEMENT_TITLE_MAX,
  type AgreementUpgrade,
  type CreateUpgradeRequest,
  type RefSummary,
  UPGRADE_MAX_PLANNED_HOURS,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';

export interface UpgradeDialogData {
  caseId: string;
  /** The upgrade to edit; absent to add one. */
  upgrade: AgreementUpgrade | null;
  /** Experts to choose from (the programme's active experts). */
  experts: readonly RefSummary[];
}

/** Quarter hours from 0.25 up to the contract's maximum. */
function quarterHours(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null) return null;
  const ok = value >= 0.25 && value <= UPGRADE_MAX_PLANNED_HOURS && Number.isInteger(value * 4);
  return ok ? null : { hours: true };
}

/**
 * Adds or edits one upgrade and saves it. On a refusal the dialog stays open with what was typed
 * and the API's message beside the field it concerns; it closes with `true` once saved.
 */
@Component({
  selector: 'tp-upgrade-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './upgrade-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    mat-form-field {
      display: block;
      width: 100%;
    }
    .dialog-alert {
      padding: 0 24px;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 0 16px;
    }
  `,
})
export class UpgradeDialog {
  private readonly data = inject<UpgradeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<UpgradeDialog, boolean>>(MatDialogRef);
  private readonly api = inject(AgreementsApi);

  protected readonly editing = this.data.upgrade !== null;
  protected readonly titleMax = AGREEMENT_TITLE_MAX;
  protected readonly textMax = AGREEMENT_TEXT_MAX;
  protected readonly hoursMax = UPGRADE_MAX_PLANNED_HOURS;
  /** The current expert stays choosable even if no longer active. */
  protected readonly experts: readonly RefSummary[] = (() => {
    const current = this.data.upgrade?.expert;
    return current && !this.data.experts.some((e) => e.id === current.id)
      ? [current, ...this.data.experts]
      : this.data.experts;
  })();
  protected readonly feedback = new PageFeedback();
  protected readonly sending = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      this.data.upgrade?.title ?? '',
      [Validators.required, Validators.maxLength(AGREEMENT_TITLE_MAX)],
    ],
    description: [this.data.upgrade?.description ?? '', Validators.maxLength(AGREEMENT_TEXT_MAX)],
    category: [this.data.upgrade?.category ?? '', Validators.maxLength(AGREEMENT_TITLE_MAX)],
    expertId: [this.data.upgrade?.expert?.id ?? ''],
    plannedHours: new FormControl<number | null>(
      this.data.upgrade?.plannedHours ?? null,
      quarterHours,
    ),
    targetDate: [this.data.upgrade?.targetDate ?? ''],
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
      const body = this.body();
      const upgrade = this.data.upgrade;
      if (upgrade) {
        await this.api.updateUpgrade(this.data.caseId, upgrade.id, body);
      } else {
        await this.api.addUpgrade(this.data.caseId, body);
      }
      this.dialogRef.close(true);
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.sending.set(false);
      this.dialogRef.disableClose = false;
    }
  }

  private body(): CreateUpgradeRequest {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      description: value.description,
      category: value.category.trim(),
      expertId: value.expertId || null,
      plannedHours: value.plannedHours,
      targetDate: value.targetDate || null,
    };
  }
}
