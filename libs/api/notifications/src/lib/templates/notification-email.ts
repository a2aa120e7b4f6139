import { type Language } from '@techpact/contracts';
import { fill, textsOf } from './notification-texts';

export interface NotificationEmailInput {
  language: Language;
  recipientName: string;
  title: string;
  body: string;
  /** Path inside the web app, e.g. `/cases/<id>`. */
  link: string | null;
  /** Where people reach the web app, without a trailing slash. */
  appUrl: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The e-mail of a notification: plain text and HTML, with a link to its page. */
export function renderNotificationEmail(input: NotificationEmailInput): RenderedEmail {
  const texts = textsOf(input.language).email;
  const url = input.link ? `${input.appUrl}${input.link}` : input.appUrl;
  const settingsUrl = `${input.appUrl}/notifications`;
  const greeting = fill(texts.greeting, { name: input.recipientName });
  const settings = fill(texts.settings, { link: settingsUrl });
  const text = [greeting, '', input.body, '', `${texts.open}: ${url}`, '', '--', settings].join(
    '\n',
  );
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(input.body)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(texts.open)}</a></p>`,
    `<hr><p style="font-size:small;color:#555">${escapeHtml(
      fill(texts.settings, { link: '' }).trim(),
    )} <a href="${escapeHtml(settingsUrl)}">${escapeHtml(settingsUrl)}</a></p>`,
    `</body></html>`,
  ].join('\n');
  return { subject: input.title, text, html };
}
