import { type Role } from '@techpact/contracts';
import { type TranslationKey } from './translations';

/** The key of a role's display name, e.g. `roles.coordinator`. */
export function roleKey(role: Role): TranslationKey {
  return `roles.${role}`;
}
