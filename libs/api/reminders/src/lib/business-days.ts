import Holidays from 'date-holidays';

/** Where business days are counted: the programme's time zone and country. */
export interface BusinessCalendar {
  /** IANA time zone, e.g. `Europe/Copenhagen`. */
  timeZone: string;
  /** ISO 3166-1 alpha-2 country code whose public holidays are closed days, e.g. `DK`. */
  country: string;
}

/** A calendar date in some zone (month 1–12). */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const publicHolidayCache = new Map<string, Set<string>>();

/** `YYYY-MM-DD` of every public holiday of that country and year (observances do not close). */
function publicHolidays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let dates = publicHolidayCache.get(key);
  if (!dates) {
    const holidays = new Holidays(country);
    if (!holidays.getCountries()[country.toUpperCase()]) {
      throw new Error(
        `Unknown country "${country}" for business days: use an ISO 3166-1 code such as DK.`,
      );
    }
    dates = new Set(
      (holidays.getHolidays(year) || [])
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    publicHolidayCache.set(key, dates);
  }
  return dates;
}

function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The wall-clock fields of an instant in a zone. */
function zonedParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** Offset of the zone from UTC at that instant, in milliseconds. */
function zoneOffset(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return asUtc - instant.getTime();
}

/**
 * The instant at which the zone's clocks show that wall-clock time. In a spring-forward gap the
 * time is moved forward by the gap; in a fall-back overlap the earlier instant is taken.
 */
export function zonedTimeToInstant(
  wall: CalendarDate & { hour: number; minute: number; second: number; millisecond: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  // Try the offsets in force a day either side; the first that maps back to the wall time wins.
  const candidates = [
    zoneOffset(new Date(asUtc - 86_400_000), timeZone),
    zoneOffset(new Date(asUtc + 86_400_000), timeZone),
  ].sort((a, b) => b - a);
  for (const offset of candidates) {
    const instant = new Date(asUtc - offset);
    if (zoneOffset(instant, timeZone) === offset) return instant;
  }
  return new Date(asUtc - candidates[candidates.length - 1]);
}

/** Saturday, Sunday or a public holiday of the country. */
export function isClosedDay(date: CalendarDate, country: string): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  return publicHolidays(country, date.year).has(isoDate(date));
}

/**
 * The instant `days` business days after `start`, at the same wall-clock time in the calendar's
 * time zone. Counting is done on calendar dates in that zone, so daylight-saving changes do not
 * shift the time of day; weekends and the country's public holidays are skipped.
 */
export function addBusinessDays(start: Date, days: number, calendar: BusinessCalendar): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(`Business days must be a whole number of at least 0, got ${days}.`);
  }
  const wall = zonedParts(start, calendar.timeZone);
  const cursor = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  let remaining = days;
  while (remaining > 0) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const date = {
      year: cursor.getUTCFullYear(),
      month: cursor.getUTCMonth() + 1,
      day: cursor.getUTCDate(),
    };
    if (!isClosedDay(date, calendar.country)) remaining -= 1;
  }
  return zonedTimeToInstant(
    {
      ...wall,
      year: cursor.getUTCFullYear(),
      month: cursor.getUTCMonth() + 1,
      day: cursor.getUTCDate(),
    },
    calendar.timeZone,
  );
}

/** The instant `days` calendar days after `start`, at the same wall-clock time in the zone. */
export function addCalendarDays(start: Date, days: number, timeZone: string): Date {
  const wall = zonedParts(start, timeZone);
  const cursor = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return zonedTimeToInstant(
    {
      ...wall,
      year: cursor.getUTCFullYear(),
      month: cursor.getUTCMonth() + 1,
      day: cursor.getUTCDate(),
    },
    timeZone,
  );
}
