import { en } from './en';
import { isTranslationKey, type TranslationKey } from './translations';

/** True when a plain string (e.g. a route title) is a key of the dictionaries. */
export function isKnownKey(value: string): value is TranslationKey {
  return isTranslationKey(value, en);
}
