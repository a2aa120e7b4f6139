import { type Route } from '@angular/router';
import { authGuard, guestGuard, roleGuard, startPageGuard } from '@techpact/web/auth';

const statusPage = () => import('./lazy/status-page').then((m) => m.StatusPage);

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [startPageGuard], children: [] },
  // Every page is lazy, login included: the initial bundle holds only the shell (issue 9).
  {
    path: 'login',
    canActivate: [guestGuard],
    loadComponent: () => import('./lazy/auth-pages').then((m) => m.LoginPage),
    title: 'login.title',
  },
  {
    path: 'invitation/:token',
    loadComponent: () => import('./lazy/auth-pages').then((m) => m.InvitationPage),
    title: 'invitation.title',
  },
  {
    // Public: the signing link's token is the credential (no login, SMEs sign on phones).
    path: 'sign/:token',
    loadComponent: () => import('@techpact/web/agreements').then((m) => m.SigningPage),
    title: 'agreements.signing.title',
  },
  {
    path: 'forbidden',
    loadComponent: statusPage,
    title: 'errors.forbiddenTitle',
    data: { kind: 'forbidden' },
  },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        // `?from=&to=&municipalityId=` filter the figures.
        path: 'dashboard',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadComponent: () => import('@techpact/web/reporting').then((m) => m.DashboardPage),
        title: 'nav.dashboard',
      },
      {
        path: 'reports',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadComponent: () => import('@techpact/web/reporting').then((m) => m.FunderReportPage),
        title: 'reporting.report.title',
      },
      {
        path: 'my-work',
        canActivate: [roleGuard('expert')],
        loadComponent: () => import('./start/my-work/my-work-page').then((m) => m.MyWorkPage),
        title: 'nav.myWork',
      },
      {
        path: 'my-case',
        canActivate: [roleGuard('sme')],
        loadComponent: () => import('./start/my-case/my-case-page').then((m) => m.MyCasePage),
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
        path: 'cases/:id/agreement',
        canActivate: [roleGuard('admin', 'coordinator', 'expert', 'sme')],
        loadComponent: () => import('@techpact/web/agreements').then((m) => m.AgreementPage),
        title: 'agreements.page.title',
      },
      {
        path: 'cases/:id/agreement/versions/:number/sign',
        canActivate: [roleGuard('sme')],
        loadComponent: () => import('@techpact/web/agreements').then((m) => m.AppSigningPage),
        title: 'agreements.signing.title',
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
      {
        path: 'approvals',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadComponent: () => import('@techpact/web/timesheets').then((m) => m.ApprovalsPage),
        title: 'nav.approvals',
      },
      {
        // `?week=2026-W47` picks the week; without it, the current one.
        path: 'hours',
        canActivate: [roleGuard('admin', 'expert', 'sme')],
        loadComponent: () => import('@techpact/web/timesheets').then((m) => m.HoursPage),
        title: 'nav.hours',
      },
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@techpact/web/admin').then((m) => m.adminRoutes),
      },
      {
        path: 'notifications',
        canActivate: [roleGuard('admin', 'coordinator', 'expert', 'sme')],
        loadComponent: () => import('@techpact/web/notifications').then((m) => m.NotificationsPage),
        title: 'notifications.title',
      },
      {
        path: 'reminders',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadComponent: () => import('@techpact/web/reminders').then((m) => m.RemindersPage),
        title: 'reminders.title',
      },
      {
        path: 'mailbox',
        canActivate: [roleGuard('admin', 'coordinator')],
        loadComponent: () => import('@techpact/web/admin').then((m) => m.MailboxPage),
        title: 'nav.mailbox',
      },
    ],
  },
  {
    path: '**',
    loadComponent: statusPage,
    title: 'errors.notFoundTitle',
    data: { kind: 'notFound' },
  },
];
