/** What the layout needs from a font; pdf-lib's `PDFFont` fits. */
export interface MeasuringFont {
  widthOfTextAtSize(text: string, size: number): number;
}

/**
 * Keeps the characters the font can encode and turns the rest into '?'. The standard PDF fonts
 * use WinAnsi, which covers Danish (æ ø å) but not, say, Polish ł or emoji; pdf-lib would throw.
 */
export function toEncodable(text: string, characterSet: ReadonlySet<number>): string {
  let result = '';
  // NFC first, so that "a" + combining ring becomes the encodable "å".
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\t') result += ' ';
    else result += characterSet.has(code) ? char : '?';
  }
  return result;
}

/**
 * Breaks text into lines no wider than `width`: at line breaks in the text, then between words,
 * and inside a word only when the word alone is too wide (e.g. a hash or a URL).
 */
export function wrapText(text: string, font: MeasuringFont, size: number, width: number): string[] {
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (rest.length > 1 && !fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
