import { type Route } from '@angular/router';
import {
  InvitationPage,
  LoginPage,
  authGuard,
  guestGuard,
  roleGuard,
  startPageGuard,
} from '@techpact/web/auth';
import { type TranslationKey } from '@techpact/web/i18n';
import { StatusPage } from '@techpact/web/ui';
import { StartPage } from './start/start-page';

/** A placeholder for a page of a later release, guarded like the real page will be. */
function comingSoon(
  path: string,
  heading: TranslationKey,
  guard: ReturnType<typeof roleGuard>,
): Route {
  return {
    path,
    canActivate: [guard],
    component: StatusPage,
    title: heading,
    data: { kind: 'comingSoon', heading },
  };
}

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [startPageGuard], children: [] },
  { path: 'login', canActivate: [guestGuard], component: LoginPage, title: 'login.title' },
  { path: 'invitation/:token', component: InvitationPage, title: 'invitation.title' },
  {
    path: 'forbidden',
    component: StatusPage,
    title: 'errors.forbiddenTitle',
    data: { kind: 'forbidden' },
  },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        path: 'dashboard',
        canActivate: [roleGuard('admin', 'coordinator')],
        component: StartPage,
        title: 'nav.dashboard',
      },
      {
        path: 'my-work',
        canActivate: [roleGuard('expert')],
        component: StartPage,
        title: 'nav.myWork',
      },
      {
        path: 'my-case',
        canActivate: [roleGuard('sme')],
        component: StartPage,
        title: 'nav.myCase',
      },
      {
        path: 'assessments',
        canActivate: [roleGuard('admin', 'coordinator', 'expert')],
        loadComponent: () => import('@techpact/web/assessments').then((m) => m.MyAssessmentsPage),
        title: 'assessments.nav',
      },
      {
        // Before `cases`, whose children would otherwise take the address.
        path: 'cases/:id/assessment/:kind',
        canActivate: [roleGuard('admin', 'coordinator', 'expert')],
        loadComponent: () => import('@techpact/web/assessments').then((m) => m.AssessmentPage),
        title: 'assessments.form.title',
      },
      {
        path: 'cases',
        canActivate: [roleGuard('admin', 'coordinator', 'expert', 'sme')],
        loadChildren: () => import('@techpact/web/cases').then((m) => m.casesRoutes),
      },
      {
        path: 'companies',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadChildren: () => import('@techpact/web/companies').then((m) => m.companiesRoutes),
      },
      comingSoon('approvals', 'nav.approvals', roleGuard('admin', 'coordinator')),
      comingSoon('hours', 'nav.hours', roleGuard('admin', 'expert', 'sme')),
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@techpact/web/admin').then((m) => m.adminRoutes),
      },
      {
        path: 'mailbox',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadComponent: () => import('@techpact/web/admin').then((m) => m.MailboxPage),
        title: 'nav.mailbox',
      },
    ],
  },
  { path: '**', component: StatusPage, title: 'errors.notFoundTitle', data: { kind: 'notFound' } },
];
