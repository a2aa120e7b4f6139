import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { LANGUAGES, type Language } from '@techpact/contracts';
import { da } from './da';
import { en } from './en';
import {
  interpolate,
  lookup,
  type TranslationKey,
  type TranslationParams,
  type Translations,
} from './translations';

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'techpact.language';

const DICTIONARIES: Readonly<Record<Language, Translations>> = { en, da };
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', da: 'da-DK' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The current UI language as a signal, and the lookup of texts in it. Changing the language
 * re-renders every `| t` at once; nothing is reloaded.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.initialLanguage());

  /** The language texts are shown in. */
  readonly language = this.current.asReadonly();
  /** BCP 47 locale for dates and numbers in the current language. */
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  /** Switches the language now, sets `<html lang>` and remembers the choice in this browser. */
  use(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode, policies); the choice then lasts for this visit.
    }
  }

  /** The text for `key` in the current language, with `{placeholders}` filled from `params`. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text = lookup(DICTIONARIES[this.current()], key) ?? lookup(en, key) ?? key;
    return interpolate(text, params);
  }

  /** A date (`YYYY-MM-DD` or ISO time) written the way the current language writes dates. */
  formatDate(value: string | null | undefined, withTime = false): string {
    if (!value) {
      return '';
    }
    // A bare date is a calendar day, not an instant: format it in UTC so it never shifts a day.
    const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = new Date(bareDate ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) {
      return value;
    }
    return new Intl.DateTimeFormat(this.locale(), {
      dateStyle: 'medium',
      ...(withTime && !bareDate ? { timeStyle: 'short' } : {}),
      ...(bareDate ? { timeZone: 'UTC' } : {}),
    }).format(date);
  }

  private initialLanguage(): Language {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      if (isLanguage(stored)) {
        return stored;
      }
    } catch {
      // Fall through to the browser's preference.
    }
    const preferred = this.document.defaultView?.navigator.language ?? 'en';
    return preferred.toLowerCase().startsWith('da') ? 'da' : 'en';
  }
}
