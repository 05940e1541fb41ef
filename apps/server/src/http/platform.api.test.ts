import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { testDatabaseKind } from '../../test/test-database';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and documentation', () => {
  it('reports health and which database it runs on', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDatabaseKind() });
  });

  it('publishes an OpenAPI 3 document generated from the route schemas', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/users',
        '/api/users/{id}',
        '/api/roles',
      ]),
    );
    const createUser = document.paths['/api/users'].post.requestBody.content['application/json'].schema;
    expect(createUser.required).toEqual(expect.arrayContaining(['username', 'password', 'fullName']));
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('insurance houses', () => {
  it('lists the 43 houses with their codes and diacritics, CNAS only on request', async () => {
    const cookie = await t.loginAdmin();
    const houses = (await t.app.inject({ url: '/api/insurance-houses', headers: { cookie } })).json();
    expect(houses).toHaveLength(43);
    expect(houses[0]).toEqual({
      code: 'CAS-AB',
      name: 'Casa de Asigurări de Sănătate Alba',
      countyCode: 'AB',
    });
    expect(houses.map((h: { code: string }) => h.code)).toEqual(
      expect.arrayContaining(['CAS-B', 'CASAOPSNAJ']),
    );
    expect(houses.find((h: { code: string }) => h.code === 'CAS-CT').name).toBe(
      'Casa de Asigurări de Sănătate Constanța',
    );
    const all = (
      await t.app.inject({ url: '/api/insurance-houses?includeNational=true', headers: { cookie } })
    ).json();
    expect(all).toHaveLength(44);
    expect(all[0].code).toBe('CNAS');
  });

  it('is for staff only', async () => {
    expect((await t.app.inject({ url: '/api/insurance-houses' })).statusCode).toBe(401);
  });
});

describe('errors and protections', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const response = await t.app.inject({ url: '/api/nu-exista' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Resursa nu a fost găsită.' } });
  });

  it('turns malformed JSON, wrong content types and oversized bodies into clear 4xx answers', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_BODY');
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'admin',
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe('Cererea este prea mare.');
    const prototype = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}, "username": "admin", "password": "x"}',
    });
    expect(prototype.statusCode).toBe(400);
  });

  it('sends security headers on every answer', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('keeps staff routes closed without a session and never answers external users', async () => {
    for (const url of ['/api/users', '/api/roles', '/api/audit']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
});
