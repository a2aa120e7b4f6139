import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  CASE_REASON_MAX_LENGTH,
  type DeclineRequest,
  type SignRequest,
  type SigningResult,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { DocumentHash } from './document-hash';

export const SIGNER_NAME_MAX = 200;

/** Required, and more than blanks. */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/**
 * Consent, typed full name and "Sign"; or "Decline" with a reason. The parent says where the
 * answer goes (the public link or the signed-in SME's own endpoint). A refusal stays on the form
 * in the API's words, with what was typed kept.
 */
@Component({
  selector: 'tp-signing-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    DocumentHash,
    TranslatePipe,
  ],
  templateUrl: './signing-form.html',
  styleUrl: './signing-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SigningForm {
  /** The SHA-256 shown to the signer; it is what the signature confirms. */
  readonly hash = input.required<string>();
  readonly sign = input.required<(body: SignRequest) => Promise<SigningResult>>();
  readonly decline = input.required<(body: DeclineRequest) => Promise<SigningResult>>();
  readonly done = output<SigningResult>();

  protected readonly nameMax = SIGNER_NAME_MAX;
  protected readonly reasonMax = CASE_REASON_MAX_LENGTH;
  protected readonly busy = signal<'sign' | 'decline' | null>(null);
  protected readonly declining = signal(false);
  protected readonly feedback = new PageFeedback();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    consent: [false, Validators.requiredTrue],
    fullName: ['', [notBlank, Validators.maxLength(SIGNER_NAME_MAX)]],
  });
  protected readonly declineForm = this.fb.group({
    reason: ['', [notBlank, Validators.maxLength(CASE_REASON_MAX_LENGTH)]],
  });

  protected async submitSign(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { consent, fullName } = this.form.getRawValue();
    await this.run('sign', this.form, () =>
      this.sign()({ consent, fullName: fullName.trim(), documentHash: this.hash() }),
    );
  }

  protected startDecline(): void {
    this.feedback.clear();
    this.declining.set(true);
  }

  protected cancelDecline(): void {
    this.declining.set(false);
    this.feedback.clear();
  }

  protected async submitDecline(): Promise<void> {
    if (this.busy()) return;
    if (this.declineForm.invalid) {
      this.declineForm.markAllAsTouched();
      return;
    }
    const reason = this.declineForm.getRawValue().reason.trim();
    await this.run('decline', this.declineForm, () => this.decline()({ reason }));
  }

  private async run(
    kind: 'sign' | 'decline',
    form: AbstractControl,
    call: () => Promise<SigningResult>,
  ): Promise<void> {
    this.feedback.clear();
    this.busy.set(kind);
    try {
      this.done.emit(await call());
    } catch (error) {
      this.feedback.fail(error, form);
    } finally {
      this.busy.set(null);
    }
  }
}
