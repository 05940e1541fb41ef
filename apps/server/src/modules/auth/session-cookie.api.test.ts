/**
 * The staff cookie: gone when the browser closes unless the person asked to be remembered, and
 * never sent over plain HTTP when the console is served over HTTPS or in production.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp, testConfig } from '../../../test/test-app';
import { buildApp } from '../../app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const setCookie = (response: LightMyRequestResponse) => String(response.headers['set-cookie']);

async function login(app = t.app, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers,
    payload: { username: 'admin', password: ADMIN_PASSWORD, ...extra },
  });
}

describe('staff session cookie', () => {
  it('is a session cookie unless "remember me" is asked for', async () => {
    const plain = await login();
    expect(plain.statusCode).toBe(200);
    expect(setCookie(plain)).toMatch(/^siui_session=[^;]+;/);
    expect(setCookie(plain)).not.toMatch(/Max-Age|Expires/i);
    expect(setCookie(plain)).toMatch(/HttpOnly/);
    expect(setCookie(plain)).toMatch(/SameSite=Strict/);
    expect(setCookie(plain)).not.toMatch(/Secure/);

    const remembered = await login(t.app, { rememberMe: true });
    expect(remembered.statusCode).toBe(200);
    expect(setCookie(remembered)).toMatch(new RegExp(`Max-Age=${t.config.session.absoluteSeconds}`));
    expect(setCookie(await login(t.app, { rememberMe: false }))).not.toMatch(/Max-Age/);
    expect((await login(t.app, { rememberMe: 'da' })).statusCode).toBe(400);
  });

  it('is Secure in production, even on a plain-HTTP hop', async () => {
    const app = await buildApp({ config: testConfig({ NODE_ENV: 'production' }), database: t.database });
    try {
      expect(setCookie(await login(app))).toMatch(/; Secure/);
    } finally {
      await app.close();
    }
  });

  it('is Secure when a trusted proxy says the console is served over HTTPS, not when anyone says so', async () => {
    const app = await buildApp({
      config: testConfig({ SIUI_TRUST_PROXY: 'loopback' }),
      database: t.database,
    });
    try {
      expect(setCookie(await login(app, {}, { 'x-forwarded-proto': 'https' }))).toMatch(/; Secure/);
      const direct = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'admin', password: ADMIN_PASSWORD },
      });
      expect(setCookie(direct)).not.toMatch(/Secure/);
    } finally {
      await app.close();
    }
  });
});
