import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { type NextFunction, type Request, type Response } from 'express';
import { CSRF_COOKIE, newCsrfToken } from './csrf';

/** Hands out the XSRF-TOKEN cookie on any response that arrives without one. */
@Injectable()
export class CsrfCookieMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const cookies = request.cookies as Record<string, string | undefined>;
    if (!cookies[CSRF_COOKIE]) {
      const token = newCsrfToken(this.config.sessionSecret);
      // Later handlers in this request see it too, e.g. a login right after the first visit.
      cookies[CSRF_COOKIE] = token;
      response.cookie(CSRF_COOKIE, token, {
        httpOnly: false,
        sameSite: 'lax',
        secure: this.config.secureCookies,
        path: '/',
      });
    }
    next();
  }
}
