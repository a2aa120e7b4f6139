export type DocumentLanguage = 'en' | 'da';

/** Where dates on documents are shown unless the caller says otherwise. */
export const DEFAULT_DOCUMENT_TIME_ZONE = 'Europe/Copenhagen';

const LOCALES: Record<DocumentLanguage, string> = { en: 'en-GB', da: 'da-DK' };

/** "2025-03-04", the calendar date in the time zone. */
export function formatDate(at: Date, timeZone: string): string {
  const part = partsOf(at, timeZone);
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "2025-03-04 11:15:02 UTC+01:00": exact, and unambiguous to a reader in any country. */
export function formatDateTime(at: Date, timeZone: string): string {
  const part = partsOf(at, timeZone);
  const offset = part('timeZoneName').replace(/^GMT/, 'UTC') || 'UTC';
  return `${formatDate(at, timeZone)} ${part('hour')}:${part('minute')}:${part('second')} ${offset}`;
}

/** Hours as the reader writes them: "12.5" in English, "12,5" in Danish. */
export function formatHours(hours: number, language: DocumentLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(hours);
}

function partsOf(at: Date, timeZone: string): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(at);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}
