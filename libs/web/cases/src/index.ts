export { casesRoutes } from './lib/cases.routes';
export { CaseListPage } from './lib/case-list/case-list-page';
export { CasePage } from './lib/case-page/case-page';
export { CasePath } from './lib/case-path/case-path';
export { CaseActions } from './lib/case-actions/case-actions';
export { StateChip } from './lib/state-chip';
export { QuickSearchDialog } from './lib/quick-search/quick-search-dialog';
export { openQuickSearch } from './lib/quick-search/open-quick-search';
