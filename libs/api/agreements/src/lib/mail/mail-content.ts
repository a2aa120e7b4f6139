/** One e-mail in one language: subject, plain text and HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export type MailLanguage = 'en' | 'da';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "4 March 2026" / "4. marts 2026", in the programme's zone. */
export function mailDate(at: Date, language: MailLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(at);
}

/** Paragraphs as plain text and as escaped HTML; a paragraph may be a link. */
export function render(
  subject: string,
  paragraphs: readonly (string | { href: string; label: string })[],
): MailContent {
  const text = paragraphs
    .map((p) => (typeof p === 'string' ? p : `${p.label}:\n${p.href}`))
    .join('\n\n');
  const body = paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p)}</p>`
        : `<p><a href="${escapeHtml(p.href)}">${escapeHtml(p.label)}</a></p>`,
    )
    .join('\n');
  return {
    subject,
    text: `${text}\n`,
    html: `<!doctype html>\n<html><body>\n${body}\n</body></html>\n`,
  };
}
