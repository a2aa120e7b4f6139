import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';
import { messageText, problemMessage, toApiProblem, type UiMessage } from '@techpact/web/ui';
import { AuthService } from '../auth.service';
import { safeReturnUrl, startPathFor } from '../start-path';

@Component({
  selector: 'tp-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** From `?returnUrl=`: where the guard stopped the person. */
  readonly returnUrl = input<string | undefined>(undefined);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  private readonly error = signal<UiMessage | null>(null);
  protected readonly errorText = computed(() => {
    const error = this.error();
    return error ? messageText(error, this.i18n) : null;
  });

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    try {
      const me = await this.auth.login(email.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? startPathFor(me.role));
    } catch (error) {
      const problem = toApiProblem(error);
      this.error.set(
        problem.status === 401
          ? { key: 'login.invalidCredentials' }
          : problem.status === 429
            ? { key: 'login.tooManyAttempts' }
            : problemMessage(problem),
      );
    } finally {
      this.submitting.set(false);
    }
  }
}
