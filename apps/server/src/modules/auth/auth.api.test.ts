import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, sessionCookieOf, type TestApp } from '../../../test/test-app';
import { AuthService } from './auth.service';
import { verifyPassword } from './password-hasher';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('staff login', () => {
  it('logs the CNAS administrator in with an httpOnly, SameSite=Strict session cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'siui_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(response.json()).toMatchObject({
      username: 'admin',
      scope: 'ALL',
      roles: ['CNAS_ADMIN'],
      insuranceHouse: { code: 'CNAS', name: 'Casa Națională de Asigurări de Sănătate' },
    });
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: sessionCookieOf(response) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().rights).toContain('ISSUING_AUTHORITIES_MANAGE');
  });

  it('refuses a wrong password and an unknown user with the same Romanian message', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'nu-este-parola' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nimeni-nu-exista', password: 'nu-este-parola' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Utilizator sau parolă incorectă.',
    });
  });

  it('answers in English when asked', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { username: 'admin', password: 'nu-este-parola' },
    });
    expect(response.json().error.message).toBe('Wrong user name or password.');
  });

  it('requires a session for /api/auth/me and forgets it at logout', async () => {
    expect((await t.app.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    const cookie = await t.login('admin', ADMIN_PASSWORD);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rotates the session on login: the previous cookie stops working', async () => {
    const first = await t.login('admin', ADMIN_PASSWORD);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first },
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(sessionCookieOf(second)).not.toBe(first);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated mutation coming from another site', async () => {
    const cookie = await t.login('admin', ADMIN_PASSWORD);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CROSS_SITE_REQUEST');
  });
});

describe('login throttling', () => {
  it('locks a user name after repeated failures with 429 and Retry-After, even for the right password', async () => {
    const staff = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: staff.username, password },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt('gresit-gresit')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await attempt(staff.password);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().error.message).toMatch(/Reîncercați peste \d+ s\./);

    const audit = await t.app.inject({
      url: `/api/audit?action=auth.lockout&entityId=${staff.username.toLowerCase()}`,
      headers: { cookie: await t.loginAdmin() },
    });
    expect(audit.json().items).toHaveLength(1);
  });
});

describe('global login throttling', () => {
  it('raises the alarm over a campaign spread over many addresses, without locking anyone else out', async () => {
    let log = '';
    const stream = new PassThrough().on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
    });
    const campaign = await createTestApp({
      env: { SIUI_LOGIN_MAX_FAILURES_GLOBAL: '3', SIUI_LOG_LEVEL: 'warn' },
      logStream: stream,
    });
    try {
      const attempt = (i: number) =>
        campaign.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `198.51.100.${i}`,
          payload: { username: `victima${i}`, password: 'parola-ghicita' },
        });
      const statuses = [];
      for (let i = 1; i <= 8; i++) statuses.push((await attempt(i)).statusCode);
      expect(statuses).toEqual(Array(8).fill(401));
      // The administrator, from its own address, is not a casualty of someone else's campaign.
      const cookie = await campaign.loginAdmin();
      const audit = await campaign.app.inject({
        url: '/api/audit?action=auth.alert&entityType=global',
        headers: { cookie },
      });
      expect(audit.json().items).toHaveLength(1);
      const lockouts = await campaign.database.db
        .selectFrom('audit_log')
        .select('entity_type')
        .where('action', '=', 'auth.lockout')
        .execute();
      expect(lockouts).toEqual([]);
      const warnings = log
        .split('\n')
        .filter((line) => line.includes('"alert":"auth.alert"'))
        .map((line) => JSON.parse(line));
      expect(warnings).toEqual([expect.objectContaining({ level: 40, limit: 3 })]);
    } finally {
      await campaign.close();
    }
  });
});

describe('a burst of concurrent guesses', () => {
  it('verifies no more passwords than the limit, however many arrive at once', async () => {
    const staff = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `203.0.113.${i + 1}`,
          payload: { username: staff.username, password: `gresit-${i}` },
        }),
      ),
    );
    const statuses = burst.map((response) => response.statusCode);
    // A 401 is a password that was checked; SIUI_LOGIN_MAX_FAILURES_PER_USER is 5.
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    const lockouts = await t.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'auth.lockout')
      .where('entity_id', '=', staff.username.toLowerCase())
      .execute();
    expect(lockouts).toHaveLength(1);
  });

  it('hands the password verifier no more than the limit of a concurrent burst', async () => {
    let verified = 0;
    const counting = async (password: string, hash: string) => {
      verified++;
      return verifyPassword(password, hash);
    };
    const service = new AuthService(t.database.db, t.config, undefined, undefined, counting);
    const staff = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, () =>
        service.login({
          username: staff.username,
          password: 'gresit',
          clientIp: '203.0.113.99',
          userAgent: null,
        }),
      ),
    );
    expect(verified).toBe(5);
    const codes = outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'OK'));
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(25);
  });

  it('does not count right passwords against a shared address', async () => {
    const office = await createTestApp({ env: { SIUI_LOGIN_MAX_FAILURES_PER_IP: '2' } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const response = await office.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '192.0.2.80',
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 200]);
    } finally {
      await office.close();
    }
  });
});

describe('session expiry', () => {
  it('ends a session left idle longer than allowed, and any session past its absolute limit', async () => {
    let now = new Date('2026-03-02T09:00:00Z');
    const timed = await createTestApp({
      env: { SIUI_SESSION_IDLE_SECONDS: '600', SIUI_SESSION_ABSOLUTE_SECONDS: '3600' },
      clock: () => now,
    });
    try {
      const me = (cookie: string) => timed.app.inject({ url: '/api/auth/me', headers: { cookie } });
      const idle = await timed.login('admin', ADMIN_PASSWORD);
      now = new Date(now.getTime() + 9 * 60_000);
      expect((await me(idle)).statusCode).toBe(200);
      now = new Date(now.getTime() + 11 * 60_000);
      expect((await me(idle)).statusCode).toBe(401);

      const busy = await timed.login('admin', ADMIN_PASSWORD);
      for (let minute = 0; minute < 55; minute += 5) {
        now = new Date(now.getTime() + 5 * 60_000);
        expect((await me(busy)).statusCode).toBe(200);
      }
      now = new Date(now.getTime() + 6 * 60_000);
      expect((await me(busy)).statusCode).toBe(401);
    } finally {
      await timed.close();
    }
  });
});
