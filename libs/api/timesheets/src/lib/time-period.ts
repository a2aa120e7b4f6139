import { HOURS_STEP, MAX_HOURS_PER_DAY } from '@techpact/contracts';

/** Dates are YYYY-MM-DD strings throughout; the arithmetic runs on UTC midnights. */
const DAY_MS = 86_400_000;

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDate(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDate(toDate(value)) === value;
}

/** `2026-W47` → the seven dates of that ISO week, Monday first; null when malformed. */
export function weekDays(week: string): string[] | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  // ISO week 1 holds 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = mondayOfWeek1 + (number - 1) * 7 * DAY_MS;
  if (number < 1 || isoWeekOf(isoDate(new Date(monday))) !== week) return null;
  return Array.from({ length: 7 }, (_, i) => isoDate(new Date(monday + i * DAY_MS)));
}

/** The ISO week (`2026-W47`) a date falls in. */
export function isoWeekOf(iso: string): string {
  const date = toDate(iso);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A week (`2026-W47`) or a month (`2026-11`) as an inclusive date range; null when malformed. */
export function periodRange(period: string): { from: string; to: string } | null {
  const days = weekDays(period);
  if (days) return { from: days[0] ?? '', to: days[6] ?? '' };
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return null;
  const year = Number(month[1]);
  const index = Number(month[2]) - 1;
  if (index < 0 || index > 11) return null;
  return {
    from: isoDate(new Date(Date.UTC(year, index, 1))),
    to: isoDate(new Date(Date.UTC(year, index + 1, 0))),
  };
}

/** The months (`YYYY-MM`) a date range touches. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const month = day.slice(0, 7);
    if (!months.includes(month)) months.push(month);
  }
  return months;
}

/** `2026-11` → `November 2026`. */
export function monthName(month: string): string {
  return toDate(`${month}-01`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `7.5` → `7.5`, `8` → `8`: hours as people write them. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** Why `hours` cannot be logged in one entry, or null. */
export function hoursProblem(hours: number): string | null {
  if (!Number.isFinite(hours) || hours <= 0) {
    return `Hours must be more than 0 (got ${String(hours)}).`;
  }
  if (Math.abs(hours * 4 - Math.round(hours * 4)) > 1e-9) {
    return `Hours are logged in quarter hours (steps of ${HOURS_STEP}): ${formatHours(hours)} is not one; use for example ${formatHours(Math.max(HOURS_STEP, Math.round(hours * 4) / 4))}.`;
  }
  if (hours > MAX_HOURS_PER_DAY) {
    return `${formatHours(hours)} hours is more than a day has (${MAX_HOURS_PER_DAY} hours).`;
  }
  return null;
}
