import { isoWeekOf, nextWeeklyNudgeRuns, weeklyNudgeJobId } from './weekly-hours-nudge';

const CPH = 'Europe/Copenhagen';
const localTime = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: CPH,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);

describe('the weekly hours nudge schedule (BullMQ cron with the programme time zone)', () => {
  it('stays at Friday 14:00 local across the spring change (last Sunday of March)', () => {
    const runs = nextWeeklyNudgeRuns(new Date('2026-03-20T00:00:00Z'), CPH, 3);
    expect(runs.map((r) => r.toISOString())).toEqual([
      '2026-03-20T13:00:00.000Z', // CET, UTC+1
      '2026-03-27T13:00:00.000Z', // CET; clocks go forward on Sun 29 Mar
      '2026-04-03T12:00:00.000Z', // CEST, UTC+2
    ]);
    expect(runs.map(localTime)).toEqual(['Fri 14:00', 'Fri 14:00', 'Fri 14:00']);
  });

  it('stays at Friday 14:00 local across the autumn change (last Sunday of October)', () => {
    const runs = nextWeeklyNudgeRuns(new Date('2026-10-20T00:00:00Z'), CPH, 2);
    expect(runs.map((r) => r.toISOString())).toEqual([
      '2026-10-23T12:00:00.000Z', // CEST; clocks go back on Sun 25 Oct
      '2026-10-30T13:00:00.000Z', // CET
    ]);
    expect(runs.map(localTime)).toEqual(['Fri 14:00', 'Fri 14:00']);
  });

  it('follows the programme time zone, not the server', () => {
    const [run] = nextWeeklyNudgeRuns(new Date('2026-07-01T00:00:00Z'), 'America/New_York', 1);
    expect(run?.toISOString()).toBe('2026-07-03T18:00:00.000Z');
  });
});

describe('isoWeekOf', () => {
  it('is the ISO week of the local date, Monday to Sunday', () => {
    expect(isoWeekOf(new Date('2026-03-27T13:00:00Z'), CPH)).toEqual({
      label: '2026-W13',
      monday: '2026-03-23',
      sunday: '2026-03-29',
    });
  });

  it('belongs to the year of its Thursday (1 Jan 2027 is in 2026-W53)', () => {
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'), CPH).label).toBe('2026-W53');
    expect(isoWeekOf(new Date('2029-12-31T12:00:00Z'), CPH).label).toBe('2030-W01');
  });

  it('reads the date in the zone (Sunday 23:30 UTC is already Monday in Copenhagen)', () => {
    expect(isoWeekOf(new Date('2026-03-22T23:30:00Z'), CPH).monday).toBe('2026-03-23');
  });

  it('keys a nudge by expert and week', () => {
    const week = isoWeekOf(new Date('2026-03-27T13:00:00Z'), CPH);
    expect(weeklyNudgeJobId('e1', week)).toBe('weekly-hours-e1-2026-W13');
  });
});
