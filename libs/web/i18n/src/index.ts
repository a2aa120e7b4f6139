export { en } from './lib/en';
// Danish is not exported: it is a lazy chunk that I18nService loads on demand.
export {
  type TranslationKey,
  type TranslationParams,
  type Translations,
  translationKeys,
} from './lib/translations';
export { roleKey } from './lib/role-key';
export { isKnownKey } from './lib/known-key';
export {
  I18nService,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  loadAllLanguages,
} from './lib/i18n.service';
export { TranslatePipe } from './lib/translate.pipe';
export { LocalDatePipe } from './lib/local-date.pipe';
export { LocalNumberPipe } from './lib/local-number.pipe';
