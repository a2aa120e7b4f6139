import { gridTotals } from './grid-totals';

describe('gridTotals', () => {
  it('sums per row, per day and for the week', () => {
    const totals = gridTotals([
      [1.5, 2, 0, 0, 0, 0, 0],
      [0.25, 0.5, 7.75, 0, 0, 0, 0],
    ]);
    expect(totals.rows).toEqual([3.5, 8.5]);
    expect(totals.days).toEqual([1.75, 2.5, 7.75, 0, 0, 0, 0]);
    expect(totals.total).toBe(12);
  });

  it('gives seven zero days for a week without rows', () => {
    expect(gridTotals([])).toEqual({ rows: [], days: [0, 0, 0, 0, 0, 0, 0], total: 0 });
  });

  it('keeps sums tidy even for values that are not exact in binary', () => {
    const totals = gridTotals([[0.1, 0.2, 0, 0, 0, 0, 0]]);
    expect(totals.rows[0]).toBe(0.3);
    expect(totals.total).toBe(0.3);
  });
});
