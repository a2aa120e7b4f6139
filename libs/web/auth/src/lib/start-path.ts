import { type Role } from '@techpact/contracts';

const START_PATHS: Readonly<Record<Role, string>> = {
  admin: '/dashboard',
  coordinator: '/dashboard',
  expert: '/my-work',
  sme: '/my-case',
};

/** Where a person lands after logging in. */
export function startPathFor(role: Role): string {
  return START_PATHS[role];
}

/** A return URL is followed only when it stays inside the app (no `//host` or `http:`). */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) {
    return null;
  }
  if (url.startsWith('/login') || url.startsWith('/invitation/')) {
    return null;
  }
  return url;
}
