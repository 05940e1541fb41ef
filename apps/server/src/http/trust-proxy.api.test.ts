/**
 * Whose address a request has: the TCP peer's, unless that peer is a proxy the operator named.
 * A forged X-Forwarded-For from anyone else must not move the address that the login throttle
 * and the audit trail are kept under; on the mutual-TLS gateway the header is never read.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOnline, startTestGateway } from '../../test/online-client';
import { ADMIN_PASSWORD, createTestApp, type TestApp, testConfig } from '../../test/test-app';
import { buildApp } from '../app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Logs in as admin from `remoteAddress` saying `forwardedFor`; answers the address audited. */
async function auditedLoginAddress(env: Record<string, string>, remoteAddress: string, forwardedFor: string) {
  const app = await buildApp({ config: testConfig(env), database: t.database });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom('audit_log')
      .select('client_ip')
      .where('action', '=', 'auth.login')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return row.client_ip;
  } finally {
    await app.close();
  }
}

describe('trusted proxies on the staff port', () => {
  it('ignores X-Forwarded-For by default', async () => {
    expect(await auditedLoginAddress({}, '203.0.113.9', '198.51.100.7')).toBe('203.0.113.9');
  });

  it('reads it only from the listed proxies, and only the hop they added', async () => {
    const env = { SIUI_TRUST_PROXY: '10.0.0.5,10.1.0.0/16' };
    expect(await auditedLoginAddress(env, '10.1.2.3', '198.51.100.8')).toBe('198.51.100.8');
    expect(await auditedLoginAddress(env, '10.0.0.5', '198.51.100.1, 198.51.100.8')).toBe('198.51.100.8');
    expect(await auditedLoginAddress(env, '203.0.113.9', '198.51.100.8')).toBe('203.0.113.9');
  });

  it('with a hop count, takes the address the last proxy saw, not what the client wrote', async () => {
    const env = { SIUI_TRUST_PROXY: '1' };
    expect(await auditedLoginAddress(env, '10.9.9.9', '198.51.100.1, 198.51.100.9')).toBe('198.51.100.9');
  });
});

describe('the mutual-TLS gateway', () => {
  it('never reads X-Forwarded-For, even from an address the staff port trusts', async () => {
    const spoofed = '198.51.100.66';
    const gatewayApp = await createTestApp({ env: { SIUI_TRUST_PROXY: 'loopback' } });
    const { gateway, url, serverCa } = await startTestGateway(gatewayApp);
    try {
      const answer = await callOnline(
        { url, serverCa },
        {
          path: '/online/v1/session',
          auth: { username: '18547290_CAS-AB', password: 'X' },
          headers: { 'x-forwarded-for': spoofed },
        },
      );
      expect(answer.status).toBe(401);
      const rows = await sql<{ client_ip: string | null }>`select client_ip from ocsp_log`.execute(
        gatewayApp.database.db,
      );
      expect(rows.rows.length).toBeGreaterThan(0);
      expect(rows.rows.map((row) => row.client_ip)).not.toContain(spoofed);
      expect(rows.rows.map((row) => row.client_ip)).toContain('127.0.0.1');
    } finally {
      await gateway.close();
      await gatewayApp.close();
    }
  });
});
