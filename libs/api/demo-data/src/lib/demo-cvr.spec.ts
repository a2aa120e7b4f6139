import { isValidCvr } from '@techpact/api/companies';
import { demoCvr } from './demo-cvr';

describe('demoCvr', () => {
  it('gives distinct, valid CVR numbers', () => {
    const numbers = Array.from({ length: 200 }, (_, n) => demoCvr(n));
    expect(numbers.every(isValidCvr)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
