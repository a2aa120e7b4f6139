export { type NavItem } from './lib/nav-item';
export { SideNav } from './lib/side-nav';
export { LanguageSwitch } from './lib/language-switch';
export { UserMenu } from './lib/user-menu';
export { StatusPage, type StatusKind } from './lib/status-page';
export {
  type ApiProblem,
  applyFieldErrors,
  isApiErrorBody,
  problemMessage,
  toApiProblem,
} from './lib/api-problem';
export { I18nPaginatorIntl, providePaginatorI18n } from './lib/i18n-paginator-intl';
export { type UiMessage, messageText } from './lib/ui-message';
export { PageFeedback } from './lib/page-feedback';
export { loadLatest, onSearch } from './lib/list-loading';
