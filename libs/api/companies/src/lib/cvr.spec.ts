import { isValidCvr } from './cvr';

describe('isValidCvr', () => {
  it.each(['10150817', '25313763', '61126228'])('accepts the real CVR %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it.each([
    ['10150818', 'a wrong check digit'],
    ['1015081', 'seven digits'],
    ['01508170', 'a leading zero'],
    ['1015O817', 'a letter'],
  ])('refuses %s (%s)', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });
});
