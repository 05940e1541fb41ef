import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, uniqueName } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('roles', () => {
  it('lists the three system roles with their rights', async () => {
    const response = await t.app.inject({ url: '/api/roles', headers: { cookie: await t.loginAdmin() } });
    expect(response.statusCode).toBe(200);
    const byCode = Object.fromEntries(response.json().map((r: { code: string }) => [r.code, r]));
    expect(byCode.CNAS_ADMIN).toMatchObject({ system: true, cnasOnly: true, name: 'Administrator CNAS' });
    expect(byCode.CJAS_ADMIN.rights).not.toContain('ISSUING_AUTHORITIES_MANAGE');
    expect(byCode.CJAS_OPERATOR.rights).toContain('ACTIVATION_KEYS_GENERATE');
    expect(byCode.CJAS_OPERATOR.rights).not.toContain('USERS_MANAGE');
  });

  it('lets CNAS define a custom role that county administrators can then give', async () => {
    const code = `AUDITOR_${uniqueName('').toUpperCase()}`;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/roles',
      headers: { cookie: await t.loginAdmin() },
      payload: { code, name: 'Auditor județean', rights: ['AUDIT_VIEW', 'OCSP_LOG_VIEW', 'AUDIT_VIEW'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code, system: false, nameEn: 'Auditor județean' });
    expect(created.json().rights.sort()).toEqual(['AUDIT_VIEW', 'OCSP_LOG_VIEW']);

    const countyAdmin = await t.createStaff({ house: 'CAS-IS', roles: ['CJAS_ADMIN'] });
    const given = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: countyAdmin.cookie },
      payload: {
        username: uniqueName('aud'),
        password: 'Parola-Sigura-1',
        fullName: 'Auditor Iași',
        roles: [code],
      },
    });
    expect(given.statusCode).toBe(201);

    const inUse = await t.app.inject({
      method: 'DELETE',
      url: `/api/roles/${code}`,
      headers: { cookie: await t.loginAdmin() },
    });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('ROLE_IN_USE');
  });

  it('keeps system roles read-only and custom roles CNAS-only', async () => {
    const system = await t.app.inject({
      method: 'PATCH',
      url: '/api/roles/CJAS_OPERATOR',
      headers: { cookie: await t.loginAdmin() },
      payload: { rights: ['USERS_MANAGE'] },
    });
    expect(system.statusCode).toBe(409);
    expect(system.json().error.code).toBe('SYSTEM_ROLE_READ_ONLY');
    const countyAdmin = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_ADMIN'] });
    const county = await t.app.inject({
      method: 'POST',
      url: '/api/roles',
      headers: { cookie: countyAdmin.cookie },
      payload: { code: 'ROL_JUDET', name: 'Rol județ', rights: ['AUDIT_VIEW'] },
    });
    expect(county.statusCode).toBe(403);
  });

  it('edits and deletes an unused custom role', async () => {
    const code = `TEMP_${uniqueName('').toUpperCase()}`;
    const cookie = await t.loginAdmin();
    await t.app.inject({
      method: 'POST',
      url: '/api/roles',
      headers: { cookie },
      payload: { code, name: 'Temporar', rights: ['PROVIDERS_VIEW'] },
    });
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/roles/${code}`,
      headers: { cookie },
      payload: { name: 'Temporar modificat', rights: ['PROVIDERS_VIEW', 'REPORTS_VIEW'] },
    });
    expect(edited.json()).toMatchObject({ name: 'Temporar modificat' });
    expect(edited.json().rights.sort()).toEqual(['PROVIDERS_VIEW', 'REPORTS_VIEW']);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/roles/${code}`, headers: { cookie } });
    expect(deleted.statusCode).toBe(204);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/roles',
      headers: { cookie },
      payload: { code: 'CJAS_ADMIN', name: 'Dublură', rights: ['PROVIDERS_VIEW'] },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('ROLE_CODE_TAKEN');
  });
});
