import { formatHours, parseHours } from './hours-input';

describe('parseHours', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['1:30', 1.5],
    ['0:15', 0.25],
    [',75', 0.75],
    ['.25', 0.25],
    ['8', 8],
    ['7.50', 7.5],
    [' 2 ', 2],
    ['24', 24],
    ['0', 0],
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseHours(text)).toEqual({ ok: true, hours });
  });

  it('reads a blank cell as 0, which removes its hours', () => {
    expect(parseHours('')).toEqual({ ok: true, hours: 0 });
    expect(parseHours('   ')).toEqual({ ok: true, hours: 0 });
  });

  it.each(['abc', '1.5.2', '-1', '1:75', '1:5', '1,2,3', '1e2', ',', '1h'])(
    'refuses %j as not a number of hours',
    (text) => {
      expect(parseHours(text)).toEqual({ ok: false, problem: 'format' });
    },
  );

  it.each(['0.1', '1,3', '1:20', '0.33'])('refuses %j: not a quarter hour', (text) => {
    expect(parseHours(text)).toEqual({ ok: false, problem: 'step' });
  });

  it.each(['24.25', '25', '30:00'])('refuses %j: more than a day', (text) => {
    expect(parseHours(text)).toEqual({ ok: false, problem: 'max' });
  });
});

describe('formatHours', () => {
  it('writes hours the way the language writes numbers', () => {
    expect(formatHours(1.5, 'en-GB')).toBe('1.5');
    expect(formatHours(1.5, 'da-DK')).toBe('1,5');
    expect(formatHours(7.25, 'da-DK')).toBe('7,25');
    expect(formatHours(1720, 'en-GB')).toBe('1720');
  });

  it('leaves an empty cell empty when asked', () => {
    expect(formatHours(0, 'en-GB', true)).toBe('');
    expect(formatHours(0, 'en-GB')).toBe('0');
  });
});
