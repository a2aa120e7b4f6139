import { type I18nService, type TranslationKey, type TranslationParams } from '@techpact/web/i18n';

/**
 * A message to show: either one of our texts (re-translated when the language changes) or a text
 * that came from the API as it is.
 */
export type UiMessage = { key: TranslationKey; params?: TranslationParams } | { text: string };

export function messageText(message: UiMessage, i18n: I18nService): string {
  return 'key' in message ? i18n.t(message.key, message.params) : message.text;
}
