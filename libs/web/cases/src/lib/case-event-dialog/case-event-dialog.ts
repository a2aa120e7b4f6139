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
import { MatSelectModule } from '@angular/material/select';
import {
  CASE_REASON_MAX_LENGTH,
  type CaseEventRequest,
  type UserResponse,
} from '@techpact/contracts';
import { type CaseEventType } from '@techpact/lifecycle';
import { TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { CasesApi } from '../cases-api.service';
import { eventKey } from '../case-labels';

/** The events that need input from the person before they can be sent. */
export const EVENTS_WITH_INPUT = ['PAUSE', 'WITHDRAW', 'DECLINE', 'SCHEDULE_ASSESSMENT'] as const;
export type EventWithInput = (typeof EVENTS_WITH_INPUT)[number];

export function needsInput(type: CaseEventType): type is EventWithInput {
  return (EVENTS_WITH_INPUT as readonly string[]).includes(type);
}

/** The fields an event carries besides its type and the expected version. */
export type CaseEventPayload = Omit<CaseEventRequest, 'type' | 'expectedVersion'>;

export interface CaseEventDialogData {
  type: EventWithInput;
  /**
   * Sends the event; rejects with the API's error. The dialog stays open on failure, keeping what
   * was typed, and closes with `true` once the event is applied.
   */
  send: (payload: CaseEventPayload) => Promise<void>;
}

/** Required, and more than blanks. */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** The input of PAUSE (reason, optional date), WITHDRAW and DECLINE (reason), SCHEDULE_ASSESSMENT. */
@Component({
  selector: 'tp-case-event-dialog',
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
  templateUrl: './case-event-dialog.html',
  styleUrl: './case-event-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseEventDialog {
  private readonly data = inject<CaseEventDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CaseEventDialog, boolean>>(MatDialogRef);
  private readonly api = inject(CasesApi);

  protected readonly type = this.data.type;
  protected readonly label = eventKey(this.type);
  protected readonly intro: TranslationKey = `cases.dialog.intro.${this.type}`;
  protected readonly needsReason = this.type !== 'SCHEDULE_ASSESSMENT';
  protected readonly maxReason = CASE_REASON_MAX_LENGTH;

  protected readonly feedback = new PageFeedback();
  protected readonly sending = signal(false);
  protected readonly experts = signal<UserResponse[] | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', this.needsReason ? [notBlank, Validators.maxLength(CASE_REASON_MAX_LENGTH)] : []],
    until: [''],
    expertId: ['', this.type === 'SCHEDULE_ASSESSMENT' ? Validators.required : []],
    date: ['', this.type === 'SCHEDULE_ASSESSMENT' ? Validators.required : []],
  });

  constructor() {
    if (this.type === 'SCHEDULE_ASSESSMENT') {
      void this.loadExperts();
    }
  }

  protected async submit(): Promise<void> {
    if (this.sending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.feedback.clear();
    this.sending.set(true);
    this.dialogRef.disableClose = true;
    try {
      await this.data.send(this.payload());
      this.dialogRef.close(true);
    } catch (error) {
      this.feedback.fail(error, this.form);
    } finally {
      this.sending.set(false);
      this.dialogRef.disableClose = false;
    }
  }

  private payload(): CaseEventPayload {
    const { reason, until, expertId, date } = this.form.getRawValue();
    switch (this.type) {
      case 'PAUSE':
        return { reason: reason.trim(), ...(until ? { until } : {}) };
      case 'WITHDRAW':
      case 'DECLINE':
        return { reason: reason.trim() };
      case 'SCHEDULE_ASSESSMENT':
        return { expertId, date };
    }
  }

  private async loadExperts(): Promise<void> {
    try {
      const page = await this.api.experts();
      this.experts.set(page.items.filter((expert) => expert.active));
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
