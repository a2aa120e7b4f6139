/*
 * ISO 8601 weeks (`2026-W47`, Monday first), computed on calendar days in UTC so that no time
 * zone or daylight-saving change ever shifts a day.
 */

const DAY_MS = 86_400_000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

export interface IsoWeek {
  year: number;
  week: number;
}

/** `YYYY-MM-DD` of a UTC calendar day. */
function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The local calendar day of `now` as a UTC midnight (what the person sees as "today"). */
function calendarDay(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** Monday of ISO week 1: the week with the year's first Thursday (4 January is always in it). */
function firstMonday(year: number): Date {
  const fourth = new Date(Date.UTC(year, 0, 4));
  const weekday = (fourth.getUTCDay() + 6) % 7;
  return new Date(fourth.getTime() - weekday * DAY_MS);
}

function weeksInYear(year: number): number {
  return Math.round((firstMonday(year + 1).getTime() - firstMonday(year).getTime()) / (7 * DAY_MS));
}

function format({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week of a UTC calendar day. */
function weekOfDay(day: Date): IsoWeek {
  // The Thursday of the day's week decides the week's year.
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const days = (thursday.getTime() - firstMonday(year).getTime()) / DAY_MS;
  return { year, week: 1 + Math.floor(days / 7) };
}

/** `2026-W47` → `{ year, week }`; null for anything else, including week 53 of a 52-week year. */
export function parseIsoWeek(value: string | null | undefined): IsoWeek | null {
  const match = WEEK_PATTERN.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(year) ? { year, week } : null;
}

/** The ISO week the person's local "today" is in. */
export function currentIsoWeek(now: Date = new Date()): string {
  return format(weekOfDay(calendarDay(now)));
}

/** The person's local "today" as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return isoDate(calendarDay(now));
}

/** The ISO week of a `YYYY-MM-DD` day. */
export function isoWeekOfDate(date: string): string {
  return format(weekOfDay(new Date(`${date}T00:00:00Z`)));
}

/** The seven days of a week, Monday first, as `YYYY-MM-DD`. */
export function weekDays(week: string): string[] {
  const parsed = parseIsoWeek(week);
  if (!parsed) return [];
  const monday = firstMonday(parsed.year).getTime() + (parsed.week - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => isoDate(new Date(monday + i * DAY_MS)));
}

/** The week `delta` weeks before (negative) or after (positive) `week`. */
export function shiftWeek(week: string, delta: number): string {
  const monday = weekDays(week)[0];
  if (!monday) return week;
  return isoWeekOfDate(isoDate(new Date(Date.parse(`${monday}T00:00:00Z`) + delta * 7 * DAY_MS)));
}
