import { toEncodable, wrapText } from './pdf-text';

// Every character is 1 unit wide at size 1, so widths are easy to reason about.
const monospace = { widthOfTextAtSize: (text: string, size: number) => text.length * size };

describe('toEncodable', () => {
  const winAnsiSubset = new Set([...'abcÆØÅæøå —?'].map((c) => c.codePointAt(0) ?? 0));

  it('keeps Danish letters and replaces what the font cannot encode with ?', () => {
    expect(toEncodable('æøå ÆØÅ — ł🚀', winAnsiSubset)).toBe('æøå ÆØÅ — ??');
  });

  it('composes decomposed letters before checking them', () => {
    expect(toEncodable('a\u030A', winAnsiSubset)).toBe('å');
  });
});

describe('wrapText', () => {
  it('breaks between words and keeps explicit line breaks', () => {
    expect(wrapText('aa bb cc\ndd', monospace, 1, 5)).toEqual(['aa bb', 'cc', 'dd']);
  });

  it('breaks a word that is wider than the line on its own', () => {
    expect(wrapText('x 0123456789ab', monospace, 1, 5)).toEqual(['x', '01234', '56789', 'ab']);
  });

  it('keeps an empty paragraph as an empty line and never loops on a too-narrow width', () => {
    expect(wrapText('a\n\nb', monospace, 1, 5)).toEqual(['a', '', 'b']);
    expect(wrapText('abc', monospace, 10, 5)).toEqual(['a', 'b', 'c']);
  });
});
