import {
  type AbstractControl,
  type NonNullableFormBuilder,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  type CaseOutcomes,
  OUTCOME_COUNT_MAX,
  OUTCOME_INVESTMENT_MAX,
  OUTCOME_SUMMARY_MAX,
  type RecordOutcomesRequest,
  TURNOVER_EFFECT_BANDS,
  type TurnoverEffectBand,
} from '@techpact/contracts';

/** Thousands may be grouped as people write them: 250000, 250 000, 250.000 or 250,000. */
const GROUPED = /^\d{1,3}(?:[ .,\u00a0]\d{3})+$/;

/** The whole number in a field, or null when it holds something else. */
export function parseWhole(text: string, grouped = false): number | null {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (grouped && GROUPED.test(value)) return Number(value.replace(/\D/g, ''));
  return null;
}

/** Required, a whole number from 0 to `max`. */
export function wholeNumber(max: number, grouped = false): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (control.value.trim() === '') return { required: true };
    const value = parseWhole(control.value, grouped);
    if (value === null) return { whole: true };
    return value > max ? { max: { max } } : null;
  };
}

function isBand(value: string): value is TurnoverEffectBand {
  return (TURNOVER_EFFECT_BANDS as readonly string[]).includes(value);
}

const text: ValidatorFn = (control: AbstractControl<string>) =>
  control.value.trim() === '' ? { required: true } : null;

const band: ValidatorFn = (control: AbstractControl<string>) =>
  isBand(control.value) ? null : { required: true };

/**
 * The outcomes form. Numbers are text fields (a number field turns an empty field into 0 and
 * refuses "250 000"); the validators say what is wrong in words the page shows.
 */
export function outcomesForm(fb: NonNullableFormBuilder, current: CaseOutcomes | null) {
  return fb.group({
    jobsCreated: [String(current?.jobsCreated ?? ''), wholeNumber(OUTCOME_COUNT_MAX)],
    newProducts: [String(current?.newProducts ?? ''), wholeNumber(OUTCOME_COUNT_MAX)],
    newProcesses: [String(current?.newProcesses ?? ''), wholeNumber(OUTCOME_COUNT_MAX)],
    privateInvestmentDkk: [
      String(current?.privateInvestmentDkk ?? ''),
      wholeNumber(OUTCOME_INVESTMENT_MAX, true),
    ],
    turnoverEffect: [current?.turnoverEffect ?? '', band],
    closingSummary: [
      current?.closingSummary ?? '',
      [text, Validators.maxLength(OUTCOME_SUMMARY_MAX)],
    ],
  });
}

export type OutcomesForm = ReturnType<typeof outcomesForm>;

/** The request of a valid form. */
export function toRequest(form: OutcomesForm): RecordOutcomesRequest {
  const value = form.getRawValue();
  const whole = (text: string, grouped = false): number => parseWhole(text, grouped) ?? 0;
  return {
    jobsCreated: whole(value.jobsCreated),
    newProducts: whole(value.newProducts),
    newProcesses: whole(value.newProcesses),
    privateInvestmentDkk: whole(value.privateInvestmentDkk, true),
    turnoverEffect: isBand(value.turnoverEffect) ? value.turnoverEffect : 'unknown',
    closingSummary: value.closingSummary.trim(),
  };
}
