/**
 * PostgreSQL stopped and restarted under load. While it is down the server answers 503 with a clear
 * message (never a crash, never a 500); it recovers by itself; every report a provider's client got
 * an answer for is stored exactly once, and none twice, although clients retried during the outage.
 */
import { makeValidCnp } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, issueKey, registerAuthority } from '../test/factories';
import { callOnline } from '../test/online-client';
import { keyFromAgreementText, pdfText } from '../test/pdf-text';
import { createTestCa, issueLeafCertificate } from '../test/pki';
import { type PrivatePostgres, startPrivatePostgres } from '../test/private-postgres';
import { ADMIN_PASSWORD, sessionCookieOf, type TestApp, testConfig } from '../test/test-app';
import { type RunningServer, startServer } from './server';

let pg: PrivatePostgres;
let server: RunningServer;

beforeAll(async () => {
  pg = await startPrivatePostgres();
  const config = testConfig({
    SIUI_DATABASE_URL: pg.url('siui'),
    SIUI_HTTP_PORT: '0',
    SIUI_ONLINE_PORT: '0',
    SIUI_ADMIN_PASSWORD: ADMIN_PASSWORD,
  });
  server = await startServer(config);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await pg?.destroy();
});

function lastMonth(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

describe('database outage', () => {
  it('answers 503 while PostgreSQL is down, recovers, and loses or duplicates no acknowledged report', async () => {
    const app = server.app;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const cookie = sessionCookieOf(login);
    const t = { app, loginAdmin: async () => cookie } as unknown as TestApp;
    const ca = await createTestCa({ name: 'Emitent Avarie' });
    await registerAuthority(t, ca.certificatePem, { ocspUrl: null });
    const provider = await createProvider(t, cookie, { insuranceHouse: 'CAS-AB', category: 'CLIN' });
    const key = keyFromAgreementText(await pdfText((await issueKey(t, cookie, provider.id)).rawPayload));
    const leaf = await issueLeafCertificate(ca, { commonName: 'Clinica Avarie' });
    const users = await app.inject({ url: `/api/users?providerCode=${provider.code}`, headers: { cookie } });
    await app.inject({
      method: 'POST',
      url: '/api/user-certificates',
      headers: { cookie },
      payload: { userId: users.json().items[0].id, certificatePem: leaf.certificatePem },
    });
    const endpoint = server.gateway.endpoint();
    if (!endpoint) throw new Error('no gateway');
    const target = { url: new URL(endpoint.url), serverCa: endpoint.tlsCertificatePem };
    const credentials = { cert: leaf.certificatePem, key: leaf.privateKeyPem };
    const session = await callOnline(target, {
      path: '/online/v1/session',
      ...credentials,
      auth: { username: `${provider.fiscalCode}_CAS-AB`, password: key },
    });
    const token = String(session.json().token);

    const period = lastMonth();
    const patient = makeValidCnp({ birthDate: '1970-03-03', sex: 'F', countyCode: '01' });
    const acknowledged = new Set<string>();
    const outageAnswers: { status: number; code: string | undefined; message: string | undefined }[] = [];
    let outage = false;
    const sendUntilAcknowledged = async (idempotencyKey: string) => {
      for (let attempt = 0; attempt < 400; attempt++) {
        try {
          const answer = await callOnline(target, {
            method: 'POST',
            path: '/online/v1/reports',
            ...credentials,
            token,
            body: {
              type: 'CLIN',
              period,
              idempotencyKey,
              lines: [{ cnp: patient, serviceCode: 'C001', date: `${period}-10`, quantity: 1 }],
            },
          });
          if (answer.status === 200) {
            acknowledged.add(idempotencyKey);
            return;
          }
          if (outage)
            outageAnswers.push({
              status: answer.status,
              code: answer.json().error?.code,
              message: answer.json().error?.message,
            });
        } catch {
          // A connection refused or reset counts as no answer: retry the same report.
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const clients = Array.from({ length: 8 }, (_, client) =>
      (async () => {
        for (let n = 0; n < 15; n++) await sendUntilAcknowledged(`outage-${client}-${n}`);
      })(),
    );

    await new Promise((resolve) => setTimeout(resolve, 300));
    outage = true;
    await pg.stop();
    const health = await app.inject({ url: '/api/health' });
    const staff = await app.inject({ url: '/api/providers', headers: { cookie } });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await pg.start();
    outage = false;
    await Promise.all(clients);

    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'postgres' });
    expect(staff.statusCode).toBe(503);
    expect(staff.json().error.code).toBe('SERVICE_UNAVAILABLE');
    expect(staff.json().error.message).toMatch(/temporar indisponibil/);
    expect(outageAnswers.length).toBeGreaterThan(0);
    expect(
      outageAnswers.every((answer) => answer.status === 503 && answer.code === 'SERVICE_UNAVAILABLE'),
    ).toBe(true);

    expect(acknowledged.size).toBe(8 * 15);
    const stored = await server.database.db
      .selectFrom('reports')
      .select(['idempotency_key'])
      .where('provider_id', '=', provider.id)
      .execute();
    expect(stored).toHaveLength(acknowledged.size);
    expect(new Set(stored.map((row) => row.idempotency_key))).toEqual(acknowledged);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  }, 120_000);
});
