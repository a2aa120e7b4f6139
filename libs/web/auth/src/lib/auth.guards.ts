import { inject } from '@angular/core';
import { Router, type CanActivateFn, type UrlTree } from '@angular/router';
import { type Role } from '@techpact/contracts';
import { AuthService } from './auth.service';
import { startPathFor } from './start-path';

function loginRedirect(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
}

/** Lets signed-in people through; others go to `/login?returnUrl=…`. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.load();
  return auth.isLoggedIn() ? true : loginRedirect(router, state.url);
};

/** Lets through people with one of `roles`; others see the 403 page. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    await auth.load();
    const role = auth.role();
    if (!role) {
      return loginRedirect(router, state.url);
    }
    return roles.includes(role) ? true : router.createUrlTree(['/forbidden']);
  };
}

/** For the login page: someone already signed in goes to their start page instead. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.load();
  const role = auth.role();
  return role ? router.createUrlTree([startPathFor(role)]) : true;
};

/** For `/`: sends a person to their start page, or to login. */
export const startPageGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.load();
  const role = auth.role();
  return router.createUrlTree([role ? startPathFor(role) : '/login']);
};
