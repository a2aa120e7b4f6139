// Loaded by app.routes.ts with import(): the login and invitation pages (forms, Material form
// fields) are a chunk of their own. The shell imports the same library statically for the session
// and guards, which the lint rule on lazy libraries forbids when the route imports it directly.
export { InvitationPage, LoginPage } from '@techpact/web/auth/pages';
