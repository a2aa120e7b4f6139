import { type TimeEntry, type TimesheetWeek } from '@techpact/contracts';
import { mergeWeek, readOnlyReason, toGridRows, updateCell } from './grid-model';

const DAYS = weekOf('2026-11-16');

function weekOf(monday: string): string[] {
  const start = Date.parse(`${monday}T00:00:00Z`);
  return Array.from({ length: 7 }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

function entry(date: string, hours: number, overrides: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id: `e-${date}`,
    activityId: 'a1',
    caseId: 'c1',
    user: { id: 'u1', name: 'Henrik' },
    personKind: 'expert',
    date,
    hours,
    note: '',
    status: 'draft',
    rejectReason: null,
    editable: true,
    ...overrides,
  };
}

function sheet(cells: (TimeEntry | null)[], lockedMonths: string[] = []): TimesheetWeek {
  return {
    user: { id: 'u1', name: 'Henrik' },
    personKind: 'expert',
    week: '2026-W47',
    days: DAYS,
    rows: [
      {
        activity: {
          id: 'a1',
          title: 'Vision inspection',
          caseId: 'c1',
          company: { id: 'co1', name: 'Aalborg Steel', registrationNumber: '1', country: 'DK' },
          status: 'in_progress',
        },
        cells,
        total: 0,
      },
    ],
    dayTotals: [],
    total: 0,
    yearTotal: 100,
    yearFlagged: false,
    lockedMonths,
    canSubmit: true,
  };
}

describe('readOnlyReason', () => {
  const today = '2026-11-18';

  it('lets the person type on draft, rejected and empty past days', () => {
    expect(readOnlyReason(null, '2026-11-17', [], today)).toBeNull();
    expect(readOnlyReason(entry('2026-11-17', 2), '2026-11-17', [], today)).toBeNull();
    expect(
      readOnlyReason(entry('2026-11-17', 2, { status: 'rejected' }), '2026-11-17', [], today),
    ).toBeNull();
  });

  it('says why a cell is read-only', () => {
    const approved = entry('2026-11-17', 2, { status: 'approved', editable: false });
    const submitted = entry('2026-11-17', 2, { status: 'submitted', editable: false });
    expect(readOnlyReason(approved, '2026-11-17', [], today)).toBe('approved');
    expect(readOnlyReason(submitted, '2026-11-17', [], today)).toBe('submitted');
    expect(readOnlyReason(null, '2026-11-17', ['2026-11'], today)).toBe('locked');
    expect(readOnlyReason(null, '2026-11-19', [], today)).toBe('future');
    expect(
      readOnlyReason(entry('2026-11-17', 2, { editable: false }), '2026-11-17', [], today),
    ).toBe('notEditable');
  });
});

describe('toGridRows and mergeWeek', () => {
  it('turns the week into rows of cells with their text in the language', () => {
    const rows = toGridRows(
      sheet([entry(DAYS[0], 1.5), null, null, null, null, null, null]),
      'da-DK',
      '2026-11-18',
    );
    expect(rows[0].title).toBe('Vision inspection');
    expect(rows[0].company).toBe('Aalborg Steel');
    expect(rows[0].cells.map((cell) => cell.text)).toEqual(['1,5', '', '', '', '', '', '']);
    expect(rows[0].cells[3].readOnly).toBe('future');
  });

  it('takes the server view but keeps cells that are saving or in error', () => {
    const empty = sheet([null, null, null, null, null, null, null]);
    let rows = toGridRows(empty, 'en-GB', '2026-11-18');
    rows = updateCell(rows, 0, 0, { text: 'abc', state: 'error', error: { text: 'bad' } });
    rows = updateCell(rows, 0, 1, { text: '2', hours: 2, state: 'saved' });
    const fresh = sheet([null, entry(DAYS[1], 2), null, null, null, null, null]);
    const merged = mergeWeek(rows, fresh, 'en-GB', '2026-11-18');
    expect(merged[0].cells[0]).toMatchObject({ text: 'abc', state: 'error' });
    expect(merged[0].cells[1]).toMatchObject({ text: '2', state: 'saved', hours: 2 });
    expect(merged[0].cells[1].entry?.id).toBe(`e-${DAYS[1]}`);
  });
});
