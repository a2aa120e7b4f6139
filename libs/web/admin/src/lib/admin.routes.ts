import { type Route } from '@angular/router';
import { MunicipalitiesPage } from './municipalities/municipalities-page';
import { ProgrammesPage } from './programmes/programmes-page';
import { UsersPage } from './users/users-page';

/** Mounted under `/admin` by the app, behind the admin role guard. */
export const adminRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'programmes' },
  { path: 'programmes', component: ProgrammesPage, title: 'nav.programmes' },
  { path: 'municipalities', component: MunicipalitiesPage, title: 'nav.municipalities' },
  { path: 'users', component: UsersPage, title: 'nav.users' },
];
