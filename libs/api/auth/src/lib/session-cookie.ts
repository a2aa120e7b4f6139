import { type AppConfig } from '@techpact/api/infra-config';
import { type Request, type Response } from 'express';
import { type ClientInfo } from './login.service';
import { SESSION_COOKIE } from './session.service';

export function setSessionCookie(
  response: Response,
  token: string,
  config: AppConfig,
  maxAgeMs: number,
): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
  });
}

export function clientOf(request: Request): ClientInfo {
  return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
}
