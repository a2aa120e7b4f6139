import { type TranslationKey } from '@techpact/web/i18n';

/** One entry of the side navigation: where it goes and the key of its label. */
export interface NavItem {
  path: string;
  label: TranslationKey;
}
