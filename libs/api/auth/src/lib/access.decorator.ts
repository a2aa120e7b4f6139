import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@techpact/contracts';

export const ACCESS_METADATA = 'techpact:access';

/** Who may call an endpoint. An endpoint without one is refused by the access guard. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not (login, health, invitation links). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles. Scoping to their own data is the service's job. */
export const Access = (...roles: [Role, ...Role[]]) =>
  SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in user. */
export const SignedIn = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'roles', roles: ROLES } satisfies AccessRule);
