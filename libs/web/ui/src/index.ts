export { type NavItem } from './lib/nav-item';
export { SideNav } from './lib/side-nav';
export { LanguageSwitch } from './lib/language-switch';
// UserMenu, StatusPage and the paginator texts have their own entry points (user-menu.ts,
// status-page.ts, paginator.ts): the shell imports this one at start-up, and their Material
// modules (menu, card, paginator with select and tooltip) would otherwise be in the initial bundle.
export {
  type ApiProblem,
  applyFieldErrors,
  isApiErrorBody,
  problemMessage,
  toApiProblem,
} from './lib/api-problem';
export { type UiMessage, messageText } from './lib/ui-message';
export { PageFeedback } from './lib/page-feedback';
export { loadLatest, onSearch } from './lib/list-loading';
