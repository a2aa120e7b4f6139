import { type ChartRow, barPercent, hasTargets, ofTarget, targetPercent } from './chart-model';

describe('chart model', () => {
  const rows: ChartRow[] = [
    { label: 'a', value: 10, target: 40 },
    { label: 'b', value: 50, target: 20 },
    { label: 'c', value: 0 },
  ];

  it('measures bars against the largest figure or their own target', () => {
    expect(rows.map((row) => barPercent(row, rows, 'shared'))).toEqual([20, 100, 0]);
    expect(rows.map((row) => barPercent(row, rows, 'own'))).toEqual([25, 100, 0]);
    expect(rows.map((row) => targetPercent(row, rows, 'own'))).toEqual([100, 40, null]);
  });

  it('gives the share of the target, and none without one', () => {
    expect(rows.map(ofTarget)).toEqual([25, 250, null]);
    expect(ofTarget({ label: 'zero', value: 3, target: 0 })).toBeNull();
    expect(hasTargets(rows)).toBe(true);
    expect(hasTargets([{ label: 'x', value: 1, target: null }])).toBe(false);
  });
});
