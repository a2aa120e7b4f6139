import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type AuthUser } from './auth-user';

export interface RequestWithUser {
  user?: AuthUser;
}

/** The signed-in user; only on endpoints whose access rule requires one. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => {
    const user = context.switchToHttp().getRequest<RequestWithUser>().user;
    if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Please sign in.');
    return user;
  },
);
