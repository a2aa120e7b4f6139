import { type Route } from '@angular/router';
import { CaseListPage } from './case-list/case-list-page';
import { CasePage } from './case-page/case-page';

/** Mounted under `/cases` by the app, behind its role guard. */
export const casesRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: CaseListPage, title: 'nav.cases' },
  { path: ':id', component: CasePage, title: 'nav.cases' },
];
