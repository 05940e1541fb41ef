/**
 * Secrets never reach the log: with the most talkative level (trace, which logs every request with
 * its headers) the flows that carry passwords, activation keys, session cookies and online tokens
 * are run, and the log is searched for each of them.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, issueKey, registerAuthority } from '../../test/factories';
import { callOnline, startTestGateway } from '../../test/online-client';
import { keyFromAgreementText, pdfText } from '../../test/pdf-text';
import { createTestCa, issueLeafCertificate } from '../../test/pki';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let log = '';
const stream = new PassThrough();
stream.on('data', (chunk: Buffer) => {
  log += chunk.toString('utf8');
});

beforeAll(async () => {
  t = await createTestApp({ env: { SIUI_LOG_LEVEL: 'trace' }, logStream: stream });
  gateway = await startTestGateway(t, { logStream: stream });
}, 60_000);
afterAll(async () => {
  await gateway?.gateway.close();
  await t?.close();
});

describe('the log', () => {
  it('holds no password, key, cookie or token, even at trace level', async () => {
    const admin = await t.loginAdmin();
    const operatorPassword = 'Parola-Secreta-Operator-77';
    await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username: 'operator.loguri',
        password: operatorPassword,
        fullName: 'Op Loguri',
        insuranceHouse: 'CAS-AB',
        roles: ['CJAS_OPERATOR'],
      },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'operator.loguri', password: 'Parola-Gresita-99' },
    });
    const ca = await createTestCa({ name: 'Emitent Loguri' });
    await registerAuthority(t, ca.certificatePem, { ocspUrl: null });
    const provider = await createProvider(t, admin, { insuranceHouse: 'CAS-AB' });
    const key = keyFromAgreementText(await pdfText((await issueKey(t, admin, provider.id)).rawPayload));
    await t.app.inject({
      method: 'POST',
      url: '/api/activation',
      payload: {
        licenseSerial: key,
        insuranceHouse: 'CAS-AB',
        installationId: 'log-test-01',
        reactivateCurrentDatabase: false,
      },
    });
    const leaf = await issueLeafCertificate(ca, { commonName: 'Loguri' });
    const users = await t.app.inject({
      url: `/api/users?providerCode=${provider.code}`,
      headers: { cookie: admin },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/user-certificates',
      headers: { cookie: admin },
      payload: { userId: users.json().items[0].id, certificatePem: leaf.certificatePem },
    });
    const session = await callOnline(gateway, {
      path: '/online/v1/session',
      cert: leaf.certificatePem,
      key: leaf.privateKeyPem,
      auth: { username: `${provider.fiscalCode}_CAS-AB`, password: key },
    });
    const token = String(session.json().token);
    await callOnline(gateway, {
      path: '/online/v1/messages',
      cert: leaf.certificatePem,
      key: leaf.privateKeyPem,
      token,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    // The log is there and does record requests and their headers…
    expect(log).toContain('/online/v1/session');
    expect(log).toContain('/api/auth/login');
    expect(log).toContain('[redactat]');
    // …but none of the secrets.
    const cookieValue = admin.replace('siui_session=', '');
    for (const secret of [
      ADMIN_PASSWORD,
      operatorPassword,
      'Parola-Gresita-99',
      key,
      key.replaceAll('-', ''),
      cookieValue,
      token,
      Buffer.from(`${provider.fiscalCode}_CAS-AB:${key}`).toString('base64'),
    ]) {
      expect(log.includes(secret), `secret found in the log: ${secret.slice(0, 6)}…`).toBe(false);
    }
  });
});
