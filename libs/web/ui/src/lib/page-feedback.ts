import { computed, inject, signal } from '@angular/core';
import { type AbstractControl } from '@angular/forms';
import { I18nService } from '@techpact/web/i18n';
import { applyFieldErrors, problemMessage, toApiProblem } from './api-problem';
import { messageText, type UiMessage } from './ui-message';

/**
 * The error and success lines of a page or form. Create it in a field initializer (it injects
 * the i18n service); texts follow the current language.
 */
export class PageFeedback {
  private readonly i18n = inject(I18nService);
  private readonly errorMessage = signal<UiMessage | null>(null);
  private readonly statusMessage = signal<UiMessage | null>(null);

  readonly errorText = computed(() => this.text(this.errorMessage()));
  readonly statusText = computed(() => this.text(this.statusMessage()));

  /**
   * Shows why a request failed. Field errors go next to their fields in `form`; the API's
   * message, and any field error without a field on the form, go in the error line.
   */
  fail(error: unknown, form?: AbstractControl): void {
    const problem = toApiProblem(error);
    const unmatched = form
      ? applyFieldErrors(form, problem.details)
      : problem.details.map((detail) => detail.message);
    const message = problemMessage(problem);
    this.statusMessage.set(null);
    this.errorMessage.set(
      unmatched.length > 0
        ? { text: [messageText(message, this.i18n), ...unmatched].join(' ') }
        : message,
    );
  }

  succeed(message: UiMessage): void {
    this.errorMessage.set(null);
    this.statusMessage.set(message);
  }

  clear(): void {
    this.errorMessage.set(null);
    this.statusMessage.set(null);
  }

  private text(message: UiMessage | null): string | null {
    return message ? messageText(message, this.i18n) : null;
  }
}
