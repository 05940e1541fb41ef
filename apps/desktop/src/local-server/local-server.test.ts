import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/desktop-world';
import { type Desktop, openDesktop } from '../desktop';
import type { LocalSecrets } from './launch-secrets';
import { cookieValue, SESSION_COOKIE } from './local-access';
import { buildLocalServer } from './local-server';

// The local server is reachable by any program on this computer and any page in its browser: only
// the window opened with the launch secret may use it, and only under its own host name.

const PORT = 45_678;
const HOST = `127.0.0.1:${PORT}`;
let desktop: Desktop;
let app: FastifyInstance;
let secrets: LocalSecrets;
let cookie: string;

beforeAll(async () => {
  desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
  const built = await buildLocalServer(desktop, { port: () => PORT, uiDirectory: '/nonexistent' });
  app = built.app;
  secrets = built.secrets;
  const opened = await app.inject({
    method: 'GET',
    url: `/?k=${secrets.mintLaunch()}`,
    headers: { host: HOST },
  });
  cookie = `${SESSION_COOKIE}=${cookieValue(String(opened.headers['set-cookie']).split(';')[0], SESSION_COOKIE)}`;
});
afterAll(async () => {
  await app.close();
  desktop.close();
  removeTempDataDirs();
});

describe('local server access', () => {
  it('exchanges the launch secret for an httpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const opened = await app.inject({
      method: 'GET',
      url: `/?k=${secrets.mintLaunch()}`,
      headers: { host: HOST },
    });
    expect(opened.statusCode).toBe(200);
    // A page moving on, not a redirect (local-access.ts says why), never kept in a cache.
    expect(opened.body).toContain('<meta http-equiv="refresh" content="0;url=/">');
    expect(opened.headers['cache-control']).toBe('no-store');
    expect(opened.headers['set-cookie']).toMatch(
      /^siui_desktop=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/,
    );
    expect(opened.headers['referrer-policy']).toBe('no-referrer');
    const wrong = await app.inject({ method: 'GET', url: '/?k=guess', headers: { host: HOST } });
    expect(wrong.statusCode).toBe(401);
  });

  it('answers the API only with the cookie', async () => {
    const without = await app.inject({ method: 'GET', url: '/api/status', headers: { host: HOST } });
    expect(without.statusCode).toBe(401);
    expect(without.json()).toEqual({
      error: {
        code: 'LOCAL_ACCESS_DENIED',
        message: 'Acces refuzat. Deschideți aplicația din fereastra pornită de siui-desktop.',
      },
    });
    const forged = await app.inject({
      method: 'GET',
      url: '/api/status',
      headers: { host: HOST, cookie: `${SESSION_COOKIE}=x` },
    });
    expect(forged.statusCode).toBe(401);
    const withCookie = await app.inject({
      method: 'GET',
      url: '/api/status',
      headers: { host: HOST, cookie },
    });
    expect(withCookie.statusCode).toBe(200);
    expect(withCookie.headers['cache-control']).toBe('no-store');
    expect(withCookie.json()).toMatchObject({
      activation: null,
      certificate: null,
      outbox: 0,
      connection: { light: 'red' },
    });
  });

  it('refuses another host name (DNS rebinding) even with the cookie', async () => {
    for (const host of [
      'evil.example:45678',
      `127.0.0.1:${PORT + 1}`,
      '127.0.0.1',
      'localhost.evil.example:45678',
    ]) {
      const answer = await app.inject({ method: 'GET', url: '/api/status', headers: { host, cookie } });
      expect(answer.statusCode).toBe(421);
    }
    const localhost = await app.inject({
      method: 'GET',
      url: '/api/status',
      headers: { host: `localhost:${PORT}`, cookie },
    });
    expect(localhost.statusCode).toBe(200);
  });

  it('refuses changes coming from another origin', async () => {
    const body = { language: 'en' };
    const crossSite = await app.inject({
      method: 'PUT',
      url: '/api/preferences',
      headers: { host: HOST, cookie, origin: 'https://evil.example' },
      payload: body,
    });
    expect(crossSite.statusCode).toBe(401);
    const fetchSite = await app.inject({
      method: 'PUT',
      url: '/api/preferences',
      headers: { host: HOST, cookie, 'sec-fetch-site': 'cross-site' },
      payload: body,
    });
    expect(fetchSite.statusCode).toBe(401);
    const sameOrigin = await app.inject({
      method: 'PUT',
      url: '/api/preferences',
      headers: { host: HOST, cookie, origin: `http://${HOST}`, 'sec-fetch-site': 'same-origin' },
      payload: body,
    });
    expect(sameOrigin.statusCode).toBe(200);
    expect(desktop.language()).toBe('en');
  });

  it('validates input and answers errors in the chosen language', async () => {
    desktop.setLanguage('ro');
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/activation',
      headers: { host: HOST, cookie },
      payload: { licenseSerial: 'ABCDE-FGHJK-MNPQR-STVWX', insuranceHouse: 'CAS-AB', reactivate: 'yes' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('INVALID_REQUEST');
    const typo = await app.inject({
      method: 'POST',
      url: '/api/activation',
      headers: { host: HOST, cookie },
      payload: { licenseSerial: 'ABCDE-FGHJK-MNPQR-STVWX', insuranceHouse: 'CAS-AB', reactivate: false },
    });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.code).toMatch(/^ACTIVATION_KEY_(TYPO|FORMAT)$/);
    const notActivated = await app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { host: HOST, cookie },
      payload: { period: '2026-10', lines: [] },
    });
    expect(notActivated.json().error).toMatchObject({ code: 'NOT_ACTIVATED' });
    expect(
      (await app.inject({ method: 'GET', url: '/api/nothing', headers: { host: HOST, cookie } })).statusCode,
    ).toBe(404);
  });
});
