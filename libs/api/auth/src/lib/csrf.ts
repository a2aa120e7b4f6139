import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from './secrets';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Signed double-submit token (Angular's convention): the cookie is readable by our pages,
 * which echo it in a header. The signature stops a sibling site from planting its own cookie.
 */
export function newCsrfToken(secret: string): string {
  const nonce = randomBytes(18).toString('base64url');
  return `${nonce}.${sign(nonce, secret)}`;
}

export function isValidCsrf(
  cookie: string | undefined,
  header: string | undefined,
  secret: string,
): boolean {
  if (!cookie || !header || !safeEqual(cookie, header)) return false;
  const [nonce, signature] = cookie.split('.');
  return !!nonce && !!signature && safeEqual(signature, sign(nonce, secret));
}

function sign(nonce: string, secret: string): string {
  return createHmac('sha256', `csrf:${secret}`).update(nonce).digest('base64url');
}
