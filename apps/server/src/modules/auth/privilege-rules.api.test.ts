import type { Right } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffSession, type TestApp, uniqueName } from '../../../test/test-app';

// The attacks found in review, each as the insider would try it over HTTP.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function customRole(rights: Right[]): Promise<string> {
  const code = `R_${uniqueName('').toUpperCase()}`;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/roles',
    headers: { cookie: await t.loginAdmin() },
    payload: { code, name: 'Rol restrâns', rights },
  });
  expect(response.statusCode).toBe(201);
  return code;
}

const patch = (session: StaffSession, url: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url, headers: { cookie: session.cookie }, payload });

async function adminId(): Promise<string> {
  const list = await t.app.inject({
    url: '/api/users?q=admin',
    headers: { cookie: await t.loginAdmin() },
  });
  const admin = (list.json() as { items: { id: string; username: string }[] }).items.find(
    (user) => user.username === 'admin',
  );
  if (!admin) throw new Error('no admin');
  return admin.id;
}

describe('a role manager cannot climb through roles', () => {
  it('refuses a new role, or an edit, carrying a right the manager does not hold', async () => {
    const manager = await t.createStaff({
      house: 'CNAS',
      roles: [await customRole(['ROLES_MANAGE', 'USERS_VIEW'])],
    });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/roles',
      headers: { cookie: manager.cookie },
      payload: {
        code: `X_${uniqueName('').toUpperCase()}`,
        name: 'Escaladare',
        rights: ['ISSUING_AUTHORITIES_MANAGE'],
      },
    });
    expect(created.statusCode).toBe(403);
    expect(created.json().error).toMatchObject({
      code: 'RIGHTS_BEYOND_CALLER',
      message: 'Nu puteți acorda drepturi pe care nu le aveți: ISSUING_AUTHORITIES_MANAGE.',
    });

    const other = await customRole(['USERS_VIEW']);
    const widened = await patch(manager, `/api/roles/${other}`, { rights: ['USERS_VIEW', 'AUDIT_VIEW'] });
    expect(widened.statusCode).toBe(403);
    expect(widened.json().error.code).toBe('RIGHTS_BEYOND_CALLER');
    // A role carrying more than the manager is out of its hands altogether, even to narrow it.
    const strong = await customRole(['USERS_VIEW', 'AUDIT_VIEW']);
    const narrowed = await patch(manager, `/api/roles/${strong}`, { rights: ['USERS_VIEW'] });
    expect(narrowed.statusCode).toBe(403);
  });

  it('never lets a manager add rights to a role it holds itself, even rights it has from another role', async () => {
    const ownRole = await customRole(['ROLES_MANAGE']);
    const manager = await t.createStaff({
      house: 'CNAS',
      roles: [ownRole, await customRole(['AUDIT_VIEW'])],
    });
    const response = await patch(manager, `/api/roles/${ownRole}`, {
      rights: ['ROLES_MANAGE', 'AUDIT_VIEW'],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('OWN_ROLE_NOT_WIDENED');
    const renamed = await patch(manager, `/api/roles/${ownRole}`, { name: 'Administrator roluri' });
    expect(renamed.statusCode).toBe(200);
  });

  it('refuses to give rights only CNAS may hold to a role county staff hold', async () => {
    const countyRole = await customRole(['AUDIT_VIEW']);
    await t.createStaff({ house: 'CAS-AB', roles: [countyRole] });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/roles/${countyRole}`,
      headers: { cookie: await t.loginAdmin(), 'accept-language': 'en' },
      payload: { rights: ['AUDIT_VIEW', 'ISSUING_AUTHORITIES_MANAGE'] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'ROLE_HOLDERS_OUT_OF_REACH',
      message: 'The role is held by users outside your house, or by users who may not hold these rights.',
    });
  });
});

describe('a user manager cannot take over someone stronger', () => {
  it('refuses to set the administrator’s password, deactivate, rename or re-role it', async () => {
    const manager = await t.createStaff({
      house: 'CNAS',
      roles: [await customRole(['USERS_MANAGE', 'USERS_VIEW'])],
    });
    const id = await adminId();
    for (const change of [
      { password: 'Preluare-Cont-123' },
      { active: false },
      { fullName: 'Altcineva' },
      { roles: [] },
    ]) {
      const response = await patch(manager, `/api/users/${id}`, change);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('TARGET_HOLDS_MORE_RIGHTS');
    }
    // The administrator still logs in with its own password.
    await expect(t.loginAdmin()).resolves.toContain('siui_session=');
  });

  it('lets a county administrator manage its own house’s users who hold no more than it does', async () => {
    const countyAdmin = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_ADMIN'] });
    const operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
    const reset = await patch(countyAdmin, `/api/users/${operator.id}`, { password: 'Parola-Noua-Sigura-1' });
    expect(reset.statusCode).toBe(200);

    const userManager = await t.createStaff({
      house: 'CAS-AB',
      roles: [await customRole(['USERS_MANAGE', 'USERS_VIEW'])],
    });
    const onAdmin = await patch(userManager, `/api/users/${countyAdmin.id}`, { active: false });
    expect(onAdmin.statusCode).toBe(403);
    expect(onAdmin.json().error.code).toBe('TARGET_HOLDS_MORE_RIGHTS');
    const otherHouse = await t.createStaff({ house: 'CAS-CJ', roles: ['CJAS_OPERATOR'] });
    const acrossHouses = await patch(countyAdmin, `/api/users/${otherHouse.id}`, { active: false });
    expect(acrossHouses.statusCode).toBe(404);
  });
});
