import {
  DOCUMENT,
  Injectable,
  PendingTasks,
  computed,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { LANGUAGES, type Language } from '@techpact/contracts';
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

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', da: 'da-DK' };

/**
 * English is in the initial bundle (it is the fallback and the type of every language); other
 * languages are separate chunks fetched the first time someone picks them.
 */
const LOADERS: Readonly<Record<Language, () => Promise<Translations>>> = {
  en: () => Promise.resolve(en),
  da: () => import('./da').then((m) => m.da),
};

/** Dictionaries loaded so far in this page, shared by every injector (tests create many). */
const loaded: Partial<Record<Language, Translations>> = { en };
const loading = new Map<Language, Promise<Translations>>();

function load(language: Language): Promise<Translations> {
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then((dictionary) => (loaded[language] = dictionary));
    loading.set(language, pending);
    // A failed load may be retried on the next switch.
    pending.catch(() => loading.delete(language));
  }
  return pending;
}

/**
 * Fetches every language's dictionary now (later switches are then synchronous). For specs that
 * switch to Danish: the first import of its chunk can take seconds on a busy test machine.
 */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(LANGUAGES.map((language) => load(language)));
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The current UI language as a signal, and the lookup of texts in it. Changing the language
 * re-renders every `| t` at once; nothing is reloaded. A language whose dictionary is not loaded
 * yet becomes current when its chunk has arrived, so texts, `<html lang>` and date formats switch
 * together; until then the previous language stays on screen.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly dictionaries = signal<Partial<Record<Language, Translations>>>({ ...loaded });
  private readonly current = signal<Language>('en');
  /** The last language asked for; an older, slower load must not override a newer choice. */
  private wanted: Language = 'en';
  private readonly initial: Promise<void>;

  /** The language texts are shown in. */
  readonly language = this.current.asReadonly();
  /** BCP 47 locale for dates and numbers in the current language. */
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.document.documentElement.lang = 'en';
    this.initial = this.switchTo(this.initialLanguage(), false);
  }

  /** Resolves when the language chosen at start-up is on screen (the app waits for it). */
  ready(): Promise<void> {
    return this.initial;
  }

  /**
   * Switches the language, sets `<html lang>` and remembers the choice in this browser. Instant
   * when the dictionary is loaded; otherwise resolves once its chunk has arrived.
   */
  use(language: Language): Promise<void> {
    return this.switchTo(language, true);
  }

  /** The text for `key` in the current language, with `{placeholders}` filled from `params`. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const dictionary = this.dictionaries()[this.current()] ?? en;
    const text = lookup(dictionary, key) ?? lookup(en, key) ?? key;
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

  private async switchTo(language: Language, remember: boolean): Promise<void> {
    this.wanted = language;
    if (remember) {
      this.remember(language);
    }
    if (!untracked(this.dictionaries)[language]) {
      // A pending task keeps `whenStable()` (tests, hydration) waiting for the texts.
      const done = this.pendingTasks.add();
      try {
        const dictionary = await load(language);
        this.dictionaries.update((loaded) => ({ ...loaded, [language]: dictionary }));
      } catch (error) {
        // Offline or a stale deployment: stay in the language on screen.
        console.error(`Could not load the ${language} texts`, error);
        return;
      } finally {
        done();
      }
    }
    if (this.wanted === language) {
      this.current.set(language);
      this.document.documentElement.lang = language;
    }
  }

  private remember(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode, policies); the choice then lasts for this visit.
    }
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
