import { checkRegistration, cvrProblem, isValidCvr } from './cvr';
import { naceProblem } from './nace';

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

describe('cvrProblem', () => {
  it('says that the check digit is wrong', () => {
    expect(cvrProblem('10150818')).toMatch(/^The CVR number 10150818 has a wrong check digit/);
  });

  it('says how many digits a CVR number has', () => {
    expect(cvrProblem('123')).toMatch(/exactly 8 digits/);
  });
});

describe('checkRegistration', () => {
  it('normalises a Danish number with spaces and a DK prefix', () => {
    expect(checkRegistration(' dk ', 'DK 1015 0817')).toEqual({
      ok: true,
      country: 'DK',
      registrationNumber: '10150817',
    });
  });

  it('refuses a Danish number with a wrong check digit', () => {
    expect(checkRegistration('DK', '10150818')).toMatchObject({
      ok: false,
      field: 'registrationNumber',
      reason: expect.stringMatching(/wrong check digit/) as string,
    });
  });

  it('takes other countries as free text with a country code', () => {
    expect(checkRegistration('de', 'HRB  12345 b')).toEqual({
      ok: true,
      country: 'DE',
      registrationNumber: 'HRB 12345 B',
    });
    expect(checkRegistration('SE', '556036-0793')).toMatchObject({ ok: true });
  });

  it('refuses a bad country code and an empty or odd number', () => {
    expect(checkRegistration('Denmark', '10150817')).toMatchObject({ ok: false, field: 'country' });
    expect(checkRegistration('DE', '  ')).toMatchObject({ ok: false, field: 'registrationNumber' });
    expect(checkRegistration('DE', 'HRB<script>')).toMatchObject({ ok: false });
  });
});

describe('naceProblem', () => {
  it.each(['25', '25.6', '25.62', '10', '33.12', '01'])('accepts %s', (code) => {
    expect(naceProblem(code)).toBeNull();
  });

  it.each(['C25', '2', '25.623', '04', '34', '00'])('refuses %s', (code) => {
    expect(naceProblem(code)).not.toBeNull();
  });
});
