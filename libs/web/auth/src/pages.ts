/**
 * Secondary entry point for the lazily routed pages. Kept out of `index.ts` because the shell
 * imports the session service and guards from there at start-up, and anything that entry reaches
 * (here: forms and the Material form fields) would land in the initial bundle.
 */
export { LoginPage } from './lib/login/login-page';
export { InvitationPage } from './lib/invitation/invitation-page';
