import { convertToParamMap } from '@angular/router';
import { periodInvalid, queryParams, readQuery, withDefaultPeriod } from './reporting-query';

describe('reporting query', () => {
  it('reads the filters of an address, leaving out malformed dates', () => {
    expect(
      readQuery(convertToParamMap({ from: '2026-01-01', to: '31-12-2026', municipalityId: 'm1' })),
    ).toEqual({ from: '2026-01-01', municipalityId: 'm1' });
    expect(readQuery(convertToParamMap({}))).toEqual({});
  });

  it('writes only the filters that are set', () => {
    expect(queryParams({ from: '2026-01-01', to: undefined, municipalityId: '' })).toEqual({
      from: '2026-01-01',
    });
  });

  it('tells a period that ends before it starts', () => {
    expect(periodInvalid({ from: '2026-02-01', to: '2026-01-31' })).toBe(true);
    expect(periodInvalid({ from: '2026-02-01', to: '2026-02-01' })).toBe(false);
    expect(periodInvalid({ to: '2026-01-31' })).toBe(false);
  });

  it('gives the funder report the year to date unless the address says otherwise', () => {
    const today = new Date(2026, 10, 23);
    expect(withDefaultPeriod({}, today)).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(withDefaultPeriod({ from: '2025-07-01', municipalityId: 'm1' }, today)).toEqual({
      from: '2025-07-01',
      to: '2026-11-23',
      municipalityId: 'm1',
    });
  });
});
