import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffSession, type TestApp, uniqueName } from '../../../test/test-app';

let t: TestApp;
let albaAdmin: StaffSession;
let albaOperator: StaffSession;
let clujAdmin: StaffSession;

beforeAll(async () => {
  t = await createTestApp();
  albaAdmin = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_ADMIN'] });
  albaOperator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  clujAdmin = await t.createStaff({ house: 'CAS-CJ', roles: ['CJAS_ADMIN'] });
});
afterAll(() => t.close());

const post = (cookie: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie, ...headers }, payload });

describe('creating internal users', () => {
  it('lets the CNAS administrator create a county administrator whose detail shows the rights of its roles', async () => {
    const username = uniqueName('ana.popescu');
    const created = await post(await t.loginAdmin(), {
      username,
      password: 'Parola-Sigura-1',
      fullName: 'Ana Popescu',
      insuranceHouse: 'CAS-BV',
      roles: ['CJAS_ADMIN'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username,
      kind: 'internal',
      insuranceHouse: 'CAS-BV',
      roles: ['CJAS_ADMIN'],
      active: true,
    });
    expect(created.json()).not.toHaveProperty('passwordHash');
    const detail = await t.app.inject({
      url: `/api/users/${created.json().id}`,
      headers: { cookie: await t.loginAdmin() },
    });
    expect(detail.json().rights).toContain('USERS_MANAGE');
    expect(detail.json().rights).not.toContain('ISSUING_AUTHORITIES_MANAGE');
  });

  it('puts a county administrator’s new user in its own house and refuses another house', async () => {
    const own = await post(albaAdmin.cookie, {
      username: uniqueName('op'),
      password: 'Parola-Sigura-1',
      fullName: 'Ion Ionescu',
      roles: ['CJAS_OPERATOR'],
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().insuranceHouse).toBe('CAS-AB');
    const other = await post(albaAdmin.cookie, {
      username: uniqueName('op'),
      password: 'Parola-Sigura-1',
      fullName: 'Ion Ionescu',
      insuranceHouse: 'CAS-CJ',
      roles: [],
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('FORBIDDEN');
  });

  it('never lets anyone hand out more rights than they hold', async () => {
    const escalate = await post(albaAdmin.cookie, {
      username: uniqueName('x'),
      password: 'Parola-Sigura-1',
      fullName: 'Escaladare',
      roles: ['CNAS_ADMIN'],
    });
    expect(escalate.statusCode).toBe(403);
    expect(escalate.json().error.code).toBe('ROLE_NOT_ASSIGNABLE');
    const cnasRoleToCounty = await post(await t.loginAdmin(), {
      username: uniqueName('x'),
      password: 'Parola-Sigura-1',
      fullName: 'Rol greșit',
      insuranceHouse: 'CAS-AB',
      roles: ['CNAS_ADMIN'],
    });
    expect(cnasRoleToCounty.statusCode).toBe(403);
  });

  it('refuses an operator without the right to manage users', async () => {
    const response = await post(albaOperator.cookie, {
      username: uniqueName('x'),
      password: 'Parola-Sigura-1',
      fullName: 'Nu are voie',
      roles: [],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Nu aveți dreptul să efectuați această operație.');
  });

  it('refuses a user name that exists, whatever its case', async () => {
    const response = await post(await t.loginAdmin(), {
      username: albaAdmin.username.toUpperCase(),
      password: 'Parola-Sigura-1',
      fullName: 'Dublură',
      insuranceHouse: 'CAS-AB',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('USERNAME_TAKEN');
    expect(response.json().error.fields).toEqual({ username: 'există deja' });
  });

  it('names every bad field, in Romanian by default and in English on request', async () => {
    const payload = { username: 'x', password: 'scurt', fullName: '', roles: ['nu exista!'] };
    const ro = await post(await t.loginAdmin(), payload);
    expect(ro.statusCode).toBe(400);
    expect(ro.json().error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(ro.json().error.fields).sort()).toEqual([
      'fullName',
      'password',
      'roles.0',
      'username',
    ]);
    expect(ro.json().error.fields.password).toBe('minim 8 caractere');
    expect(ro.json().error.message).toMatch(/^Date invalide: /);
    const en = await post(await t.loginAdmin(), payload, { 'accept-language': 'en' });
    expect(en.json().error.fields.password).toBe('at least 8 characters');
    expect(en.json().error.fields.username).toBe('at least 3 characters');
    expect(ro.json().error.fields.fullName).toBe('minim 2 caractere');
  });

  it('refuses unknown roles and houses, and the NUL character', async () => {
    const unknownRole = await post(await t.loginAdmin(), {
      username: uniqueName('x'),
      password: 'Parola-Sigura-1',
      fullName: 'Rol necunoscut',
      insuranceHouse: 'CAS-AB',
      roles: ['NU_EXISTA'],
    });
    expect(unknownRole.json().error.code).toBe('UNKNOWN_ROLE');
    const unknownHouse = await post(await t.loginAdmin(), {
      username: uniqueName('x'),
      password: 'Parola-Sigura-1',
      fullName: 'Casă necunoscută',
      insuranceHouse: 'CAS-ZZ',
    });
    expect(unknownHouse.statusCode).toBe(400);
    expect(unknownHouse.json().error.code).toBe('UNKNOWN_INSURANCE_HOUSE');
    const nul = await post(await t.loginAdmin(), {
      username: uniqueName('x'),
      password: 'Parola-Sigura-1',
      fullName: 'Ion\u0000Ionescu',
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields).toEqual({ fullName: 'caracterul NUL nu este permis' });
  });
});

describe('house scope', () => {
  it('shows a county administrator only the users of its own house', async () => {
    const list = await t.app.inject({
      url: '/api/users?pageSize=200',
      headers: { cookie: albaAdmin.cookie },
    });
    expect(list.statusCode).toBe(200);
    const houses = new Set(list.json().items.map((u: { insuranceHouse: string }) => u.insuranceHouse));
    expect([...houses]).toEqual(['CAS-AB']);
    expect(list.json().items.map((u: { username: string }) => u.username)).toContain(albaOperator.username);
    const other = await t.app.inject({
      url: '/api/users?insuranceHouse=CAS-CJ',
      headers: { cookie: albaAdmin.cookie },
    });
    expect(other.statusCode).toBe(403);
  });

  it('hides another house’s user as not found, for reading and for editing', async () => {
    const read = await t.app.inject({
      url: `/api/users/${clujAdmin.id}`,
      headers: { cookie: albaAdmin.cookie },
    });
    expect(read.statusCode).toBe(404);
    expect(read.json().error.code).toBe('USER_NOT_FOUND');
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${clujAdmin.id}`,
      headers: { cookie: albaAdmin.cookie },
      payload: { active: false },
    });
    expect(edit.statusCode).toBe(404);
  });

  it('lets CNAS filter by house, kind, role and text, with pagination', async () => {
    const cookie = await t.loginAdmin();
    const page = await t.app.inject({
      url: '/api/users?insuranceHouse=CAS-AB&kind=internal&role=CJAS_OPERATOR&pageSize=1',
      headers: { cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.json().total).toBeGreaterThanOrEqual(1);
    expect(page.json().items[0].roles).toContain('CJAS_OPERATOR');
    const text = await t.app.inject({
      url: `/api/users?q=${clujAdmin.username.slice(0, 8)}`,
      headers: { cookie },
    });
    expect(text.json().items.map((u: { id: string }) => u.id)).toContain(clujAdmin.id);
    const bad = await t.app.inject({ url: '/api/users?pageSize=100000', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('pageSize');
  });

  it('rejects an id that is not a UUID with 400, not 500', async () => {
    const response = await t.app.inject({
      url: "/api/users/1'or'1",
      headers: { cookie: await t.loginAdmin() },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('editing users', () => {
  it('deactivation and password reset end the user’s sessions at once', async () => {
    const staff = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${staff.id}`,
      headers: { cookie: albaAdmin.cookie },
      payload: { password: 'Parola-Noua-123' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: staff.cookie } })).statusCode).toBe(
      401,
    );
    const again = await t.login(staff.username, 'Parola-Noua-123');
    const deactivate = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${staff.id}`,
      headers: { cookie: albaAdmin.cookie },
      payload: { active: false },
    });
    expect(deactivate.json().active).toBe(false);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: again } })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: staff.username, password: 'Parola-Noua-123' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('does not let an administrator deactivate its own account', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${albaAdmin.id}`,
      headers: { cookie: albaAdmin.cookie },
      payload: { active: false },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CANNOT_DEACTIVATE_SELF');
  });

  it('records every change in the audit trail with before and after, never the password', async () => {
    const staff = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${staff.id}`,
      headers: { cookie: albaAdmin.cookie },
      payload: {
        fullName: 'Maria Ștefănescu',
        roles: ['CJAS_OPERATOR', 'CJAS_ADMIN'],
        password: 'Alta-Parola-9',
      },
    });
    const audit = await t.app.inject({
      url: `/api/audit?entityId=${staff.id}&action=user.update`,
      headers: { cookie: albaAdmin.cookie },
    });
    const [entry] = audit.json().items;
    expect(entry).toMatchObject({
      actorUsername: albaAdmin.username,
      insuranceHouse: 'CAS-AB',
      before: { roles: ['CJAS_OPERATOR'] },
      after: { fullName: 'Maria Ștefănescu', roles: ['CJAS_OPERATOR', 'CJAS_ADMIN'], passwordChanged: true },
    });
    expect(JSON.stringify(audit.json())).not.toMatch(/scrypt|Alta-Parola/);
  });
});
