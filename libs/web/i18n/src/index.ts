export { en } from './lib/en';
export { da } from './lib/da';
export {
  type TranslationKey,
  type TranslationParams,
  type Translations,
  translationKeys,
} from './lib/translations';
export { roleKey } from './lib/role-key';
export { isKnownKey } from './lib/known-key';
export { I18nService, LANGUAGE_STORAGE_KEY, isLanguage } from './lib/i18n.service';
export { TranslatePipe } from './lib/translate.pipe';
export { LocalDatePipe } from './lib/local-date.pipe';
