/** A piece of plain text: either words or a link found in them. */
export type TextPart = { text: string } | { href: string };

// Trailing punctuation ends the sentence, not the link.
const URL_PATTERN = /https?:\/\/[^\s<>"')\]]*[^\s<>"')\].,;:!?]/g;

/** Splits plain text into words and http(s) links, so links in e-mails can be followed. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index;
    if (index > last) {
      parts.push({ text: text.slice(last, index) });
    }
    parts.push({ href: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) {
    parts.push({ text: text.slice(last) });
  }
  return parts;
}
