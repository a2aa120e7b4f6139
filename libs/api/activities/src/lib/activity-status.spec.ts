import { allowedStatuses, hoursLevel } from './activity-status';

describe('activity status rules', () => {
  it('moves planned → in progress → done | cancelled', () => {
    const open = { caseState: 'implementation', mayChange: true };
    expect(allowedStatuses('expert', { ...open, status: 'planned' })).toEqual([
      'in_progress',
      'cancelled',
    ]);
    expect(allowedStatuses('expert', { ...open, status: 'in_progress' })).toEqual([
      'done',
      'cancelled',
    ]);
    expect(allowedStatuses('expert', { ...open, status: 'cancelled' })).toEqual([]);
  });

  it('lets only a coordinator or admin reopen a done activity', () => {
    const done = { caseState: 'implementation', mayChange: true, status: 'done' as const };
    expect(allowedStatuses('expert', done)).toEqual([]);
    expect(allowedStatuses('coordinator', done)).toEqual(['in_progress']);
  });

  it('allows nothing on a closed case or to someone who may not change it', () => {
    expect(
      allowedStatuses('admin', { caseState: 'completed', mayChange: true, status: 'planned' }),
    ).toEqual([]);
    expect(
      allowedStatuses('expert', {
        caseState: 'implementation',
        mayChange: false,
        status: 'planned',
      }),
    ).toEqual([]);
  });

  it('warns from 80 % and flags from 100 % of the planned hours', () => {
    expect(hoursLevel(79.75, 100)).toBe('ok');
    expect(hoursLevel(80, 100)).toBe('warning');
    expect(hoursLevel(99.75, 100)).toBe('warning');
    expect(hoursLevel(100, 100)).toBe('over');
    expect(hoursLevel(130, 100)).toBe('over');
  });
});
