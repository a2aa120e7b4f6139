export { AuthService } from './lib/auth.service';
export { authGuard, guestGuard, roleGuard, startPageGuard } from './lib/auth.guards';
export { sessionExpiredInterceptor } from './lib/session-expired.interceptor';
export { safeReturnUrl, startPathFor } from './lib/start-path';
export { LoginPage } from './lib/login/login-page';
export { InvitationPage } from './lib/invitation/invitation-page';
