import {
  hoursProblem,
  isCalendarDate,
  isoWeekOf,
  monthName,
  monthsOf,
  periodRange,
  weekDays,
} from './time-period';

describe('time periods and hours', () => {
  it('turns an ISO week into its seven days, Monday first', () => {
    expect(weekDays('2026-W47')).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    // Week 1 of 2026 starts in 2025; 2026 has 53 weeks.
    expect(weekDays('2026-W01')?.[0]).toBe('2025-12-29');
    expect(weekDays('2026-W53')?.[6]).toBe('2027-01-03');
    expect(weekDays('2025-W53')).toBeNull();
    expect(weekDays('2026-47')).toBeNull();
  });

  it('finds the ISO week of a date across year ends', () => {
    expect(isoWeekOf('2026-11-18')).toBe('2026-W47');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });

  it('reads weeks and months as periods', () => {
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('2026-W47')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(periodRange('2026-13')).toBeNull();
    expect(monthsOf('2026-11-30', '2026-12-06')).toEqual(['2026-11', '2026-12']);
    expect(monthName('2026-11')).toBe('November 2026');
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('26-2-3')).toBe(false);
  });

  it('accepts quarter hours above 0 up to 24', () => {
    expect(hoursProblem(0.25)).toBeNull();
    expect(hoursProblem(7.75)).toBeNull();
    expect(hoursProblem(24)).toBeNull();
    expect(hoursProblem(0)).toMatch(/more than 0/);
    expect(hoursProblem(-1)).toMatch(/more than 0/);
    expect(hoursProblem(0.1)).toBe(
      'Hours are logged in quarter hours (steps of 0.25): 0.1 is not one; use for example 0.25.',
    );
    expect(hoursProblem(24.25)).toMatch(/more than a day has/);
  });
});
