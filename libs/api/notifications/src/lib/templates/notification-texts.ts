import { type Language, type NotificationKind } from '@techpact/contracts';
import { NOTIFICATION_TEXTS_DA } from './notification-texts.da';
import { NOTIFICATION_TEXTS_EN } from './notification-texts.en';

/** The texts of one language: a title and a body per kind, and the e-mail's frame. */
export interface NotificationTexts {
  kinds: { readonly [K in NotificationKind]: { title: string; body: string } };
  email: { greeting: string; open: string; settings: string; noReason: string; noDate: string };
}

const TEXTS: { readonly [L in Language]: NotificationTexts } = {
  en: NOTIFICATION_TEXTS_EN,
  da: NOTIFICATION_TEXTS_DA,
};

/** What a notification's text may mention; stored with the notification to render it again. */
export interface NotificationParams {
  company?: string;
  activity?: string;
  /** `YYYY-MM-DD` or an ISO time. */
  date?: string;
  until?: string;
  reason?: string;
}

export function textsOf(language: Language): NotificationTexts {
  return TEXTS[language];
}

/** Fills `{name}` placeholders; an unknown one is left as it is. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/** A date the way the language writes it: "17 December 2026", "17. december 2026". */
export function formatDate(value: string, language: Language, timeZone: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: dateOnly ? 'UTC' : timeZone,
  }).format(instant);
}

/** Title and body of a notification in the recipient's language. */
export function renderNotification(
  kind: NotificationKind,
  language: Language,
  params: NotificationParams,
  timeZone = 'Europe/Copenhagen',
): { title: string; body: string } {
  const texts = textsOf(language);
  const values: Record<string, string> = {
    company: params.company ?? '',
    activity: params.activity ?? '',
    date: params.date ? formatDate(params.date, language, timeZone) : texts.email.noDate,
    until: params.until ? formatDate(params.until, language, timeZone) : texts.email.noDate,
    reason: params.reason?.trim() || texts.email.noReason,
  };
  const { title, body } = texts.kinds[kind];
  return { title: fill(title, values), body: fill(body, values) };
}
