import { type ApprovalGroup, type TimeEntry } from '@techpact/contracts';
import { groupSelection, keepExisting, toggleEntry, toggleGroup } from './approval-selection';

const group = (ids: string[]): ApprovalGroup => ({
  caseId: 'c1',
  company: { id: 'co', name: 'Co', registrationNumber: '1', country: 'DK' },
  user: { id: 'u1', name: 'Henrik' },
  personKind: 'expert',
  month: '2026-11',
  entries: ids.map((id) => ({ id }) as TimeEntry),
  hours: 0,
});

describe('approval selection', () => {
  it('selects a whole group, then clears it', () => {
    const g = group(['a', 'b']);
    const all = toggleGroup(g, new Set(['x']));
    expect([...all].sort()).toEqual(['a', 'b', 'x']);
    expect(groupSelection(g, all)).toBe('all');
    expect([...toggleGroup(g, all)]).toEqual(['x']);
  });

  it('knows a partly selected group', () => {
    const g = group(['a', 'b']);
    const some = toggleEntry('a', new Set());
    expect(groupSelection(g, some)).toBe('some');
    expect(groupSelection(g, toggleEntry('a', some))).toBe('none');
    // From "some", the group's checkbox selects the rest.
    expect(groupSelection(g, toggleGroup(g, some))).toBe('all');
  });

  it('forgets entries that left the list', () => {
    expect([...keepExisting([group(['a'])], new Set(['a', 'gone']))]).toEqual(['a']);
  });
});
