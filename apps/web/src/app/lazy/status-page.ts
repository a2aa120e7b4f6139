// Loaded by app.routes.ts with import(): the 403/404 page (Material card and button) is a chunk of
// its own. The shell imports web-ui statically (language switch, side navigation), see
// auth-pages.ts for why the route does not import the library directly.
export { StatusPage } from '@techpact/web/ui/status-page';
