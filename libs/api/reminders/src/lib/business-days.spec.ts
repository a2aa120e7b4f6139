import { addBusinessDays, addCalendarDays, zonedTimeToInstant } from './business-days';

const DK = { timeZone: 'Europe/Copenhagen', country: 'DK' };

describe('addBusinessDays', () => {
  it('skips the weekend: 3 business days after Thu 17 Dec 2026 is Tue 22 Dec', () => {
    const start = new Date('2026-12-17T09:00:00+01:00');
    expect(addBusinessDays(start, 3, DK).toISOString()).toBe('2026-12-22T08:00:00.000Z');
  });

  it('skips Christmas Day, the weekend and counts Christmas Eve (an observance): Wed 23 Dec 2026 + 3 is Tue 29 Dec', () => {
    const start = new Date('2026-12-23T09:00:00+01:00');
    expect(addBusinessDays(start, 3, DK).toISOString()).toBe('2026-12-29T08:00:00.000Z');
  });

  it('counts on the calendar date in the zone, not in UTC (23:30 local on Thursday is still Thursday)', () => {
    const start = new Date('2026-12-17T22:30:00Z'); // Thu 23:30 in Copenhagen, Thu in UTC too
    expect(addBusinessDays(start, 1, DK).toISOString()).toBe('2026-12-18T22:30:00.000Z');
    const afterMidnight = new Date('2026-12-17T23:30:00Z'); // Fri 00:30 in Copenhagen
    expect(addBusinessDays(afterMidnight, 1, DK).toISOString()).toBe('2026-12-20T23:30:00.000Z');
  });

  it('keeps the local time of day across the spring daylight-saving change', () => {
    // Fri 27 Mar 2026 10:00 CET; clocks go forward on Sun 29 Mar.
    const start = new Date('2026-03-27T09:00:00Z');
    expect(addBusinessDays(start, 1, DK).toISOString()).toBe('2026-03-30T08:00:00.000Z'); // 10:00 CEST
  });

  it('keeps the local time of day across the autumn daylight-saving change', () => {
    // Fri 23 Oct 2026 10:00 CEST; clocks go back on Sun 25 Oct.
    const start = new Date('2026-10-23T08:00:00Z');
    expect(addBusinessDays(start, 1, DK).toISOString()).toBe('2026-10-26T09:00:00.000Z'); // 10:00 CET
  });

  it('skips the Danish Easter holidays', () => {
    // Wed 1 Apr 2026: Maundy Thursday 2, Good Friday 3, Easter Monday 6 Apr are closed.
    expect(addBusinessDays(new Date('2026-04-01T10:00:00Z'), 1, DK).toISOString()).toBe(
      '2026-04-07T10:00:00.000Z',
    );
  });

  it('returns the same instant for 0 days and refuses negative or fractional days', () => {
    const start = new Date('2026-12-17T09:00:00Z');
    expect(addBusinessDays(start, 0, DK)).toEqual(start);
    expect(() => addBusinessDays(start, -1, DK)).toThrow(/whole number/);
    expect(() => addBusinessDays(start, 1.5, DK)).toThrow(/whole number/);
  });

  it('uses the country of the calendar (Grundlovsdag closes Denmark, not Germany)', () => {
    // Fri 5 Jun 2026 is Grundlovsdag (DK public holiday) but a working day in Germany.
    const start = new Date('2026-06-04T10:00:00Z');
    expect(
      addBusinessDays(start, 1, { timeZone: 'Europe/Berlin', country: 'DE' }).toISOString(),
    ).toBe('2026-06-05T10:00:00.000Z');
  });

  it('refuses an unknown country with an actionable message', () => {
    expect(() => addBusinessDays(new Date(), 1, { timeZone: 'UTC', country: 'XX' })).toThrow(
      /ISO 3166-1/,
    );
  });
});

describe('addCalendarDays', () => {
  it('keeps the local time across daylight saving', () => {
    expect(
      addCalendarDays(new Date('2026-03-28T11:00:00Z'), 2, 'Europe/Copenhagen').toISOString(),
    ).toBe('2026-03-30T10:00:00.000Z');
  });
});

describe('zonedTimeToInstant', () => {
  it('moves a time in the spring-forward gap forward', () => {
    const instant = zonedTimeToInstant(
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 },
      'Europe/Copenhagen',
    );
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('takes the earlier instant in the fall-back overlap', () => {
    const instant = zonedTimeToInstant(
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0, millisecond: 0 },
      'Europe/Copenhagen',
    );
    expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
  });
});
