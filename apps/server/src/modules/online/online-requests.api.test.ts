/**
 * After the session: reports, messages, nomenclature, and the re-check every request passes —
 * a suspension, a key reset or a CNAS change to the authorities takes effect on the very next
 * request, also on a keep-alive connection already open.
 */
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { makeValidCnp } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, issueKey, registerAuthority } from '../../../test/factories';
import { callOnline, type OnlineCall, startTestGateway } from '../../../test/online-client';
import { keyFromAgreementText, pdfText } from '../../../test/pdf-text';
import { createTestCa, issueLeafCertificate, type TestCa, type TestCertificate } from '../../../test/pki';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';

let t: TestApp;
let operator: StaffSession;
let ca: TestCa;
let authorityId: string;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;

interface Enrolled {
  providerId: string;
  providerCode: string;
  username: string;
  key: string;
  leaf: TestCertificate;
  registrationId: string;
}

async function enroll(issuer: TestCa, category: 'MF' | 'CLIN' = 'CLIN'): Promise<Enrolled> {
  const provider = await createProvider(t, operator.cookie, { category });
  const key = keyFromAgreementText(
    await pdfText((await issueKey(t, operator.cookie, provider.id)).rawPayload),
  );
  const leaf = await issueLeafCertificate(issuer, { commonName: `Clinica ${provider.code}` });
  const users = await t.app.inject({
    url: `/api/users?providerCode=${provider.code}`,
    headers: { cookie: operator.cookie },
  });
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/user-certificates',
    headers: { cookie: operator.cookie },
    payload: { userId: users.json().items[0].id, certificatePem: leaf.certificatePem },
  });
  return {
    providerId: provider.id,
    providerCode: provider.code,
    username: `${provider.fiscalCode}_CAS-AB`,
    key,
    leaf,
    registrationId: registered.json().id,
  };
}

const call = (who: Enrolled, extra: Partial<OnlineCall>) =>
  callOnline(gateway, {
    path: '/online/v1/session',
    cert: who.leaf.certificatePem,
    key: who.leaf.privateKeyPem,
    ...extra,
  });

async function sessionOf(who: Enrolled, agent?: https.Agent): Promise<string> {
  const answer = await call(who, {
    auth: { username: who.username, password: who.key },
    ...(agent ? { agent } : {}),
  });
  if (answer.status !== 200) throw new Error(`session refused: ${JSON.stringify(answer.body)}`);
  return String(answer.json().token);
}

function lastMonth(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

const patient = makeValidCnp({ birthDate: '1963-06-15', sex: 'M', countyCode: '12' });

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  ca = await createTestCa({ name: 'Emitent Rapoarte' });
  authorityId = (await registerAuthority(t, ca.certificatePem, { ocspUrl: null })).id;
  gateway = await startTestGateway(t);
}, 60_000);
afterAll(async () => {
  await gateway?.gateway.close();
  await t?.close();
});

describe('reports through the gateway', () => {
  it('validates a report, stores it once per idempotency key and answers the same again', async () => {
    const clinic = await enroll(ca);
    const token = await sessionOf(clinic);
    const period = lastMonth();
    const report = {
      type: 'CLIN',
      period,
      idempotencyKey: `raport-${clinic.providerCode}-${period}`,
      lines: [
        { cnp: patient, serviceCode: 'C001', date: `${period}-05`, quantity: 1 },
        { cnp: '1630615123458', serviceCode: 'C001', date: `${period}-06`, quantity: 1 },
        { cnp: patient, serviceCode: 'ZZZ9', date: `${period}-07`, quantity: 1 },
      ],
    };
    const first = await call(clinic, { method: 'POST', path: '/online/v1/reports', token, body: report });
    expect(first.status).toBe(200);
    expect(first.json()).toMatchObject({
      state: 'PARTIALLY_VALID',
      lineCount: 3,
      acceptedLines: 1,
      idempotencyKey: report.idempotencyKey,
      messages: [
        {
          line: 2,
          code: 'CNP_CHECK_DIGIT',
          severity: 'error',
          message: 'CNP 1630615123458 are cifra de control greșită.',
        },
        { line: 3, code: 'SERVICE_UNKNOWN', severity: 'error' },
      ],
    });
    const again = await call(clinic, { method: 'POST', path: '/online/v1/reports', token, body: report });
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const stored = await t.database.db
      .selectFrom('reports')
      .select('id')
      .where('provider_id', '=', clinic.providerId)
      .execute();
    expect(stored).toHaveLength(1);

    const messages = await call(clinic, { path: '/online/v1/messages', token });
    expect(messages.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'CNP_CHECK_DIGIT', line: 2, period })]),
    );
    const staff = await t.app.inject({
      url: `/api/reports?providerCode=${clinic.providerCode}`,
      headers: { cookie: operator.cookie },
    });
    expect(staff.json().items[0]).toMatchObject({
      state: 'PARTIALLY_VALID',
      provider: { code: clinic.providerCode },
      certificateSerial: clinic.leaf.certificate.serialNumber,
    });
    const log = await t.app.inject({
      url: `/api/ocsp-log?providerCode=${clinic.providerCode}&operation=REPORT`,
      headers: { cookie: operator.cookie },
    });
    expect(log.json().items).toHaveLength(2);
  });

  it('refuses a malformed report with field messages and an oversized one with 413', async () => {
    const clinic = await enroll(ca);
    const token = await sessionOf(clinic);
    const malformed = await call(clinic, {
      method: 'POST',
      path: '/online/v1/reports',
      token,
      body: { type: 'CLIN', period: '2026-13', idempotencyKey: 'x', lines: 'nu' },
    });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.json().error?.fields ?? {}).sort()).toEqual([
      'idempotencyKey',
      'lines',
      'period',
    ]);
    const line = { cnp: patient, serviceCode: 'C001', date: `${lastMonth()}-05`, quantity: 1 };
    const huge = await call(clinic, {
      method: 'POST',
      path: '/online/v1/reports',
      token,
      body: {
        type: 'CLIN',
        period: lastMonth(),
        idempotencyKey: 'raport-urias-1',
        lines: Array(40_000).fill(line),
      },
    });
    expect(huge.status).toBe(413);
    expect(huge.json().error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('gives the service nomenclature of the provider’s category', async () => {
    const clinic = await enroll(ca);
    const token = await sessionOf(clinic);
    const services = await call(clinic, { path: '/online/v1/nomenclatures/services', token });
    expect(services.status).toBe(200);
    const items = services.json().items as { code: string; category: string }[];
    expect(items.every((item) => item.category === 'CLIN')).toBe(true);
    expect(items.map((item) => item.code)).toContain('C001');
  });

  it('needs the session token and the certificate it was opened with', async () => {
    const clinic = await enroll(ca);
    const other = await enroll(ca);
    const token = await sessionOf(clinic);
    expect((await call(clinic, { path: '/online/v1/messages' })).json().error?.code).toBe('SESSION_REQUIRED');
    expect((await call(clinic, { path: '/online/v1/messages', token: 'nu-exista' })).json().error?.code).toBe(
      'SESSION_INVALID',
    );
    expect((await call(other, { path: '/online/v1/messages', token })).json().error?.code).toBe(
      'SESSION_INVALID',
    );
    const noCertificate = await callOnline(gateway, { path: '/online/v1/messages', token });
    expect(noCertificate.json().error?.code).toBe('CLIENT_CERTIFICATE_REQUIRED');
  });

  it('gives the messages of many reports page by page, none skipped, none twice', async () => {
    const clinic = await enroll(ca);
    const token = await sessionOf(clinic);
    const period = lastMonth();
    const keys: string[] = [];
    for (let n = 0; n < 53; n++) {
      const idempotencyKey = `mesaje-${clinic.providerCode}-${n}`;
      keys.push(idempotencyKey);
      const lines = [{ cnp: '1630615123458', serviceCode: 'C001', date: `${period}-06`, quantity: 1 }];
      const sent = await call(clinic, {
        method: 'POST',
        path: '/online/v1/reports',
        token,
        body: { type: 'CLIN', period, idempotencyKey, lines },
      });
      expect(sent.status).toBe(200);
    }
    // A report without messages is not among them.
    const clean = [{ cnp: patient, serviceCode: 'C001', date: `${period}-07`, quantity: 1 }];
    await call(clinic, {
      method: 'POST',
      path: '/online/v1/reports',
      token,
      body: { type: 'CLIN', period, idempotencyKey: `curat-${clinic.providerCode}`, lines: clean },
    });

    const newest = (await call(clinic, { path: '/online/v1/messages', token })).json().items as {
      idempotencyKey: string;
    }[];
    expect(newest).toHaveLength(50);
    expect(newest[0]?.idempotencyKey).toBe(keys[52]);

    const seen: string[] = [];
    let since = '2000-01-01T00:00:00.000Z';
    for (let page = 0; page < 5; page++) {
      const path = `/online/v1/messages?since=${encodeURIComponent(since)}`;
      const answer = await call(clinic, { path, token });
      const items = answer.json().items as { idempotencyKey: string; at: string }[];
      if (items.length === 0) break;
      seen.push(...items.map((item) => item.idempotencyKey));
      since = items[items.length - 1]?.at ?? since;
    }
    expect(seen).toEqual(keys);
  });

  it('ends at *Deconectare*: that token is refused from then on, the provider’s other sessions go on', async () => {
    const clinic = await enroll(ca);
    const token = await sessionOf(clinic);
    const otherToken = await sessionOf(clinic);
    const logout = await call(clinic, { method: 'DELETE', token });
    expect(logout.status).toBe(204);
    const after = await call(clinic, { path: '/online/v1/heartbeat', token });
    expect([after.status, after.json().error?.code]).toEqual([401, 'SESSION_INVALID']);
    expect((await call(clinic, { method: 'DELETE', token })).status).toBe(401);
    expect((await call(clinic, { path: '/online/v1/heartbeat', token: otherToken })).status).toBe(200);
    const logged = await t.database.db
      .selectFrom('ocsp_log')
      .select(['result', 'details'])
      .where('provider_code', '=', clinic.providerCode)
      .where('operation', '=', 'SESSION')
      .orderBy('id', 'desc')
      .execute();
    expect(
      logged.find((row) => (row.details as { closed?: string } | null)?.closed === 'LOGOUT')?.result,
    ).toBe('ALLOWED');
  });
});

describe('the very next request', () => {
  it('is refused on a live keep-alive connection once the certificate is suspended', async () => {
    const clinic = await enroll(ca);
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<TLSSocket>();
    agent.on('free', (socket) => sockets.add(socket as TLSSocket));
    const token = await sessionOf(clinic, agent);
    expect((await call(clinic, { path: '/online/v1/heartbeat', token, agent })).status).toBe(200);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/user-certificates/${clinic.registrationId}`,
      headers: { cookie: operator.cookie },
      payload: { suspended: true, reason: 'test pe conexiune deschisă' },
    });
    const refused = await call(clinic, { path: '/online/v1/heartbeat', token, agent });
    expect(refused.status).toBe(401);
    expect(refused.json().error?.code).toBe('CERTIFICATE_SUSPENDED');
    expect(sockets.size).toBe(1);
    agent.destroy();
  });

  it('is refused once the key is reset, with the reset named', async () => {
    const clinic = await enroll(ca);
    const token = await sessionOf(clinic);
    await issueKey(t, operator.cookie, clinic.providerId, true);
    expect((await call(clinic, { path: '/online/v1/messages', token })).json().error?.code).toBe('KEY_RESET');
  });

  it('follows CNAS: a deactivated authority closes its connections and refuses new sessions', async () => {
    const otherCa = await createTestCa({ name: 'Emitent retras' });
    const otherId = (await registerAuthority(t, otherCa.certificatePem, { ocspUrl: null })).id;
    await gateway.gateway.reloadTrust();
    const clinic = await enroll(otherCa);
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
    let closed = false;
    agent.once('free', (socket) => socket.once('close', () => (closed = true)));
    const token = await sessionOf(clinic, agent);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/issuing-authorities/${otherId}`,
      headers: { cookie: await t.loginAdmin() },
      payload: { active: false },
    });
    // The gateway hears the change through the database's notifications; give it a moment.
    for (let i = 0; i < 50 && !closed; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(true);
    const refused = await call(clinic, { path: '/online/v1/heartbeat', token });
    expect(refused.json().error?.code).toBe('UNTRUSTED_ISSUER');
    agent.destroy();
    expect(authorityId).not.toBe(otherId);
  });
});
