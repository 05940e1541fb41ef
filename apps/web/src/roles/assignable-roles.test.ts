import { type CurrentUser, RIGHTS, type Role } from '@siui/core';
import { describe, expect, it } from 'vitest';
import { isRoleAssignable } from './assignable-roles';

const cnasAdmin: CurrentUser = {
  id: '7b0c1f7e-5a8e-4f54-9d2f-0f3c2a4b5c6d',
  username: 'admin',
  fullName: 'Administrator CNAS',
  insuranceHouse: { code: 'CNAS', name: 'Casa Națională de Asigurări de Sănătate' },
  scope: 'ALL',
  roles: ['CNAS_ADMIN'],
  rights: [...RIGHTS],
  sessionExpiresAt: '2030-01-01T00:00:00.000Z',
};

function role(code: string, overrides: Partial<Role> = {}): Role {
  return {
    code,
    name: code,
    nameEn: code,
    system: true,
    cnasOnly: false,
    rights: ['USERS_VIEW'],
    userCount: 0,
    ...overrides,
  };
}

describe('isRoleAssignable', () => {
  it('gives CNAS-only roles to CNAS staff only', () => {
    const cnasRole = role('CNAS_ADMIN', { cnasOnly: true });
    expect(isRoleAssignable(cnasRole, 'CNAS', cnasAdmin)).toBe(true);
    expect(isRoleAssignable(cnasRole, 'CAS-AB', cnasAdmin)).toBe(false);
  });

  it('never offers a right the caller does not hold', () => {
    const operator = { ...cnasAdmin, scope: 'HOUSE' as const, rights: ['USERS_VIEW' as const] };
    expect(isRoleAssignable(role('VIEWER'), 'CAS-AB', operator)).toBe(true);
    expect(isRoleAssignable(role('AUDITOR', { rights: ['AUDIT_VIEW'] }), 'CAS-AB', operator)).toBe(false);
  });
});
