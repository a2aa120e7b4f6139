import { type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Why a registration number cannot be right, as a key of `companies.form.problems`. */
export type RegistrationProblem = 'required' | 'cvrDigits' | 'cvrLeadingZero' | 'cvrCheckDigit';

/** A Danish number as the API stores it: spaces and a `DK` prefix dropped. */
export function normaliseCvr(value: string): string {
  return value.replace(/\s+/g, '').replace(/^DK-?/i, '');
}

/**
 * Checks a registration number before it is sent. Danish (DK) numbers must be CVR numbers: 8
 * digits, no leading zero, digits weighted 2,7,6,5,4,3,2,1 adding up to a multiple of 11. Other
 * countries' numbers are left to the API, which has the last word for every country.
 */
export function registrationProblem(country: string, value: string): RegistrationProblem | null {
  const trimmed = value.trim();
  if (trimmed === '') {
    return 'required';
  }
  if (country.trim().toUpperCase() !== 'DK') {
    return null;
  }
  const digits = normaliseCvr(trimmed);
  if (!/^\d{8}$/.test(digits)) {
    return 'cvrDigits';
  }
  if (digits.startsWith('0')) {
    return 'cvrLeadingZero';
  }
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * CVR_WEIGHTS[i], 0);
  return sum % 11 === 0 ? null : 'cvrCheckDigit';
}

/**
 * Validator for the registration number control; reads the sibling `country` control, so the
 * form must re-validate this control when the country changes.
 */
export const registrationValidator: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const country: unknown = control.parent?.get('country')?.value;
  const problem = registrationProblem(
    typeof country === 'string' ? country : 'DK',
    typeof control.value === 'string' ? control.value : '',
  );
  return problem ? { registration: problem } : null;
};
