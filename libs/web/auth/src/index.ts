export { AuthService } from './lib/auth.service';
export { authGuard, guestGuard, roleGuard, startPageGuard } from './lib/auth.guards';
export { sessionExpiredInterceptor } from './lib/session-expired.interceptor';
export { safeReturnUrl, startPathFor } from './lib/start-path';
// The pages are lazy routes: import them from '@techpact/web/auth/pages' (see pages.ts).
