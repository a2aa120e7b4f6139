/** The four roles of DESIGN §1. A user has exactly one. */
export const ROLES = ['admin', 'coordinator', 'expert', 'sme'] as const;
export type Role = (typeof ROLES)[number];

/** Languages the UI and e-mails are available in. */
export const LANGUAGES = ['en', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
