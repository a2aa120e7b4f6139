import { isRole, ROLES } from './roles';

describe('isRole', () => {
  it.each(ROLES)('accepts %s', (role) => {
    expect(isRole(role)).toBe(true);
  });

  it.each(['Admin', 'owner', '', 42, null])('refuses %p', (value) => {
    expect(isRole(value)).toBe(false);
  });
});
