import { FormControl, FormGroup } from '@angular/forms';
import { registrationProblem, registrationValidator } from './registration-check';

describe('registrationProblem', () => {
  it('accepts a CVR number whose weighted digits add up to a multiple of 11', () => {
    // 1·2 + 0·7 + 1·6 + 5·5 + 0·4 + 8·3 + 1·2 + 7·1 = 66
    expect(registrationProblem('DK', '10150817')).toBeNull();
  });

  it('drops spaces and a DK prefix as the API does', () => {
    expect(registrationProblem('dk', 'DK 1015 0817')).toBeNull();
  });

  it('names a wrong check digit', () => {
    expect(registrationProblem('DK', '10150818')).toBe('cvrCheckDigit');
  });

  it('asks for exactly 8 digits', () => {
    expect(registrationProblem('DK', '1015081')).toBe('cvrDigits');
    expect(registrationProblem('DK', '1015081A')).toBe('cvrDigits');
  });

  it('refuses a leading zero', () => {
    expect(registrationProblem('DK', '01234567')).toBe('cvrLeadingZero');
  });

  it('asks for a number when there is none', () => {
    expect(registrationProblem('DK', '  ')).toBe('required');
    expect(registrationProblem('DE', '')).toBe('required');
  });

  it('leaves other countries to the API', () => {
    expect(registrationProblem('DE', 'HRB 12345')).toBeNull();
  });
});

describe('registrationValidator', () => {
  it('checks against the country of the same form', () => {
    const form = new FormGroup({
      country: new FormControl('DK'),
      registrationNumber: new FormControl('12345678', registrationValidator),
    });
    expect(form.controls.registrationNumber.errors).toEqual({ registration: 'cvrCheckDigit' });

    form.controls.country.setValue('SE');
    form.controls.registrationNumber.updateValueAndValidity();
    expect(form.controls.registrationNumber.errors).toBeNull();
  });
});
