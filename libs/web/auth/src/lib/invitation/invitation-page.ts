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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type InvitationPreview,
} from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe, roleKey } from '@techpact/web/i18n';
import {
  applyFieldErrors,
  messageText,
  problemMessage,
  toApiProblem,
  type ApiProblem,
  type UiMessage,
} from '@techpact/web/ui';
import { AuthService } from '../auth.service';
import { startPathFor } from '../start-path';

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password: unknown = control.parent?.get('password')?.value;
  return control.value && control.value !== password ? { mismatch: true } : null;
}

function invitationProblem(problem: ApiProblem): UiMessage {
  if (problem.status === 404) {
    return { key: 'invitation.notFound' };
  }
  if (problem.status === 410) {
    return { key: 'invitation.gone' };
  }
  return problemMessage(problem);
}

/** `/invitation/:token`: shows who is invited, then lets them choose a password and logs them in. */
@Component({
  selector: 'tp-invitation-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './invitation-page.html',
  styleUrl: './invitation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** From the route parameter. */
  readonly token = input.required<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly roleKey = roleKey;
  protected readonly loading = signal(true);
  protected readonly preview = signal<InvitationPreview | null>(null);
  private readonly loadError = signal<UiMessage | null>(null);
  private readonly submitError = signal<UiMessage | null>(null);
  protected readonly submitting = signal(false);
  protected readonly loadErrorText = computed(() => this.text(this.loadError()));
  protected readonly submitErrorText = computed(() => this.text(this.submitError()));

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirm: ['', [Validators.required, sameAsPassword]],
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.submitError.set(null);
    try {
      const me = await this.auth.acceptInvitation(this.token(), this.form.getRawValue().password);
      await this.router.navigateByUrl(startPathFor(me.role));
    } catch (error) {
      const problem = toApiProblem(error);
      const unmatched = applyFieldErrors(this.form, problem.details);
      this.submitError.set(
        problem.details.length > 0 && unmatched.length === 0 ? null : invitationProblem(problem),
      );
    } finally {
      this.submitting.set(false);
    }
  }

  private async load(token: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.preview.set(await this.auth.previewInvitation(token));
    } catch (error) {
      this.preview.set(null);
      this.loadError.set(invitationProblem(toApiProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }

  private text(message: UiMessage | null): string | null {
    return message ? messageText(message, this.i18n) : null;
  }
}
