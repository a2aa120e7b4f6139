import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('wraps the text and escapes the wildcards of LIKE', () => {
    expect(containsPattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
  });
});
