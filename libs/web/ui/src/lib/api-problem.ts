import { HttpErrorResponse } from '@angular/common/http';
import { type AbstractControl } from '@angular/forms';
import { type ApiErrorBody, type ApiErrorDetail } from '@techpact/contracts';
import { type UiMessage } from './ui-message';

/** A failed API call, reduced to what a page needs to tell the person. */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The API's own explanation, when it sent one. */
  message: string | null;
  details: ApiErrorDetail[];
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'statusCode') === 'number' &&
    typeof Reflect.get(value, 'message') === 'string'
  );
}

export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isApiErrorBody(body)) {
      return { status: error.status, message: body.message, details: body.details ?? [] };
    }
    return { status: error.status, message: null, details: [] };
  }
  return { status: -1, message: null, details: [] };
}

/** The sentence to show for a problem: the API's message for 4xx, our own words otherwise. */
export function problemMessage(problem: ApiProblem): UiMessage {
  if (problem.status === 0) {
    return { key: 'errors.unreachable' };
  }
  if (problem.status >= 400 && problem.status < 500 && problem.message) {
    return { text: problem.message };
  }
  return { key: 'errors.generic' };
}

/**
 * Puts each field error of the API on the matching form control as `{ server: message }` so that
 * it shows next to the field. Returns the messages that matched no control.
 */
export function applyFieldErrors(
  form: AbstractControl,
  details: readonly ApiErrorDetail[],
): string[] {
  const unmatched: string[] = [];
  for (const detail of details) {
    // `municipalityIds.0` belongs to the `municipalityIds` control.
    const control = detail.field
      ? (form.get(detail.field) ?? form.get(detail.field.split('.')[0]))
      : null;
    if (control) {
      control.setErrors({ ...control.errors, server: detail.message });
      control.markAsTouched();
    } else {
      unmatched.push(detail.message);
    }
  }
  return unmatched;
}
