import { type Role } from '@techpact/contracts';
import { type NavItem } from '@techpact/web/ui';

const dashboard: NavItem = { path: '/dashboard', label: 'nav.dashboard' };
const myWork: NavItem = { path: '/my-work', label: 'nav.myWork' };
const myCase: NavItem = { path: '/my-case', label: 'nav.myCase' };
const assessments: NavItem = { path: '/assessments', label: 'assessments.nav' };
const cases: NavItem = { path: '/cases', label: 'nav.cases' };
const companies: NavItem = { path: '/companies', label: 'nav.companies' };
const programmes: NavItem = { path: '/admin/programmes', label: 'nav.programmes' };
const municipalities: NavItem = { path: '/admin/municipalities', label: 'nav.municipalities' };
const users: NavItem = { path: '/admin/users', label: 'nav.users' };
const approvals: NavItem = { path: '/approvals', label: 'nav.approvals' };
const hours: NavItem = { path: '/hours', label: 'nav.hours' };
const reports: NavItem = { path: '/reports', label: 'reporting.nav' };
const mailbox: NavItem = { path: '/mailbox', label: 'nav.mailbox' };
const reminders: NavItem = { path: '/reminders', label: 'reminders.nav' };

/** The side navigation of each role, in order. Routes in `app.routes.ts` guard the same roles. */
export const NAVIGATION: Readonly<Record<Role, readonly NavItem[]>> = {
  admin: [
    dashboard,
    cases,
    companies,
    reports,
    programmes,
    municipalities,
    users,
    reminders,
    mailbox,
  ],
  coordinator: [dashboard, cases, companies, approvals, reports, reminders, mailbox],
  expert: [myWork, assessments, cases, hours],
  sme: [myCase, hours],
};
