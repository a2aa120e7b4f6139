import { type AssessmentComparisonRow } from '@techpact/contracts';
import { toRadarData } from './radar-data';

const row = (dimension: string, t0: number | null, t1: number | null): AssessmentComparisonRow => ({
  dimensionId: dimension.toLowerCase(),
  dimension,
  t0,
  t1,
  difference: t0 !== null && t1 !== null ? t1 - t0 : null,
});

describe('toRadarData', () => {
  it('has one axis per dimension and T0 and T1 overlaid', () => {
    expect(toRadarData([row('Strategy', 2, 4), row('Data', 1, null)])).toEqual({
      labels: ['Strategy', 'Data'],
      series: [
        { label: 'T0', data: [2, 1] },
        { label: 'T1', data: [4, null] },
      ],
    });
  });

  it('leaves out a series without any score', () => {
    expect(toRadarData([row('Strategy', 3, null), row('Data', null, null)]).series).toEqual([
      { label: 'T0', data: [3, null] },
    ]);
  });

  it('has nothing to draw without scores', () => {
    expect(toRadarData([row('Strategy', null, null)])).toEqual({
      labels: ['Strategy'],
      series: [],
    });
    expect(toRadarData([])).toEqual({ labels: [], series: [] });
  });
});
