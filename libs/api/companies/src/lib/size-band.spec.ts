import { sizeBandOf } from './size-band';

describe('sizeBandOf', () => {
  it.each([
    [0, 'micro'],
    [9, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249, 'medium'],
    [250, 'large'],
    [12_000, 'large'],
  ])('puts %i employees in %s', (employees, band) => {
    expect(sizeBandOf(employees)).toBe(band);
  });

  it('has no band when the number of employees is unknown', () => {
    expect(sizeBandOf(null)).toBeNull();
    expect(sizeBandOf(undefined)).toBeNull();
  });
});
