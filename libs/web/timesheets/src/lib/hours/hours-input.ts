import { HOURS_STEP, MAX_HOURS_PER_DAY } from '@techpact/contracts';

/** Why a typed value is not a number of hours. */
export type HoursProblem = 'format' | 'step' | 'max';

export type ParsedHours = { ok: true; hours: number } | { ok: false; problem: HoursProblem };

const DECIMAL = /^(\d{1,2})?(?:[.,](\d{1,2}))?$/;
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;

/**
 * What a person typed in a grid cell, as hours. Accepts `1.5`, `1,5` (Danish decimal comma),
 * `,5` and `1:30` (hours and minutes). Blank means 0, i.e. "no hours that day". Values must be
 * quarter hours and at most 24: the API's rules, checked here too so the person learns at once.
 */
export function parseHours(text: string): ParsedHours {
  const value = text.trim().replace(/\s+/g, '');
  if (value === '') return { ok: true, hours: 0 };
  let hours: number;
  const clock = CLOCK.exec(value);
  const decimal = DECIMAL.exec(value);
  if (clock) {
    hours = Number(clock[1]) + Number(clock[2]) / 60;
  } else if (decimal && (decimal[1] !== undefined || decimal[2] !== undefined)) {
    hours = Number(`${decimal[1] ?? '0'}.${decimal[2] ?? '0'}`);
  } else {
    return { ok: false, problem: 'format' };
  }
  if (hours > MAX_HOURS_PER_DAY) return { ok: false, problem: 'max' };
  const steps = hours / HOURS_STEP;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) return { ok: false, problem: 'step' };
  return { ok: true, hours: Math.round(steps) * HOURS_STEP };
}

/** Hours for display and for the cell's text: `1.5` / `1,5`, no trailing zeros, blank for 0. */
export function formatHours(hours: number, locale: string, blankZero = false): string {
  if (blankZero && hours === 0) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(
    hours,
  );
}
