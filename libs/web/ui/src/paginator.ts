/** Secondary entry point: Material paginator texts in the UI language (see index.ts for why). */
export { I18nPaginatorIntl, providePaginatorI18n } from './lib/i18n-paginator-intl';
