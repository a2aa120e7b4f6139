export { adminRoutes } from './lib/admin.routes';
export { MailboxPage } from './lib/mailbox/mailbox-page';
export { ProgrammesPage } from './lib/programmes/programmes-page';
export { MunicipalitiesPage } from './lib/municipalities/municipalities-page';
export { UsersPage } from './lib/users/users-page';
