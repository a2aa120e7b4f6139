import { type Route } from '@angular/router';
import { CompanyImportPage } from './company-import/company-import-page';
import { CompanyListPage } from './company-list/company-list-page';
import { CompanyPage } from './company-page/company-page';

/** Mounted under `/companies` by the app, behind its role guard. */
export const companiesRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: CompanyListPage, title: 'nav.companies' },
  { path: 'import', component: CompanyImportPage, title: 'companies.import.title' },
  { path: ':id', component: CompanyPage, title: 'nav.companies' },
];
