import {
  currentIsoWeek,
  isoWeekOfDate,
  localToday,
  parseIsoWeek,
  shiftWeek,
  weekDays,
} from './iso-week';

describe('ISO weeks', () => {
  it('finds the week of a day, with the Thursday deciding the year', () => {
    expect(isoWeekOfDate('2026-11-18')).toBe('2026-W47');
    expect(isoWeekOfDate('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOfDate('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOfDate('2026-01-01')).toBe('2026-W01');
  });

  it('lists the seven days, Monday first', () => {
    expect(weekDays('2026-W47')).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(weekDays('2025-W01')[0]).toBe('2024-12-30');
  });

  it('moves across year ends', () => {
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftWeek('2020-W53', 1)).toBe('2021-W01');
    expect(shiftWeek('2026-W47', 0)).toBe('2026-W47');
  });

  it('accepts only real weeks', () => {
    expect(parseIsoWeek('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(parseIsoWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-47')).toBeNull();
    expect(parseIsoWeek(undefined)).toBeNull();
  });

  it('takes "today" from the local calendar', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 30);
    expect(localToday(lateEvening)).toBe('2026-11-22');
    expect(currentIsoWeek(lateEvening)).toBe('2026-W47');
  });
});
