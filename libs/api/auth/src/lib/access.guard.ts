import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { type Request } from 'express';
import { ACCESS_METADATA, type AccessRule } from './access.decorator';
import { AuthErrors } from './auth.errors';
import { CSRF_COOKIE, CSRF_HEADER, SAFE_METHODS, isValidCsrf } from './csrf';
import { type RequestWithUser } from './current-user.decorator';
import { SESSION_COOKIE, SessionService } from './session.service';

/**
 * The one global guard. Closed by default: an endpoint must declare who may call it
 * (`@Public()`, `@Access(...)`, `@SignedIn()`), or it is refused for everyone. State-changing
 * requests must carry the CSRF token, signed in or not.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} has no access rule`,
      );
      throw AuthErrors.noAccessRule();
    }
    const request = context.switchToHttp().getRequest<Request & RequestWithUser>();
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (
        !isValidCsrf(
          cookies[CSRF_COOKIE],
          typeof header === 'string' ? header : undefined,
          this.config.sessionSecret,
        )
      ) {
        throw AuthErrors.csrf();
      }
    }
    const token = cookies[SESSION_COOKIE];
    const user = token ? await this.sessions.resolve(token) : null;
    if (user) request.user = user;
    if (rule.kind === 'public') return true;
    if (!user) throw AuthErrors.signInRequired();
    if (!rule.roles.includes(user.role)) throw AuthErrors.roleNotAllowed(user.role);
    return true;
  }
}
