/**
 * The registry's OCSP responder end to end: the real server listening on a port, the certificate
 * registered through the API, and `openssl ocsp` (an independent client) asking about it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerWithExternalUser, registerAuthority } from '../../../test/factories';
import {
  createTempDir,
  createTestCa,
  issueLeafCertificate,
  runOpenssl,
  type TempDir,
  type TestCa,
} from '../../../test/pki';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { buildOcspRequest } from './ocsp-client';

let t: TestApp;
let operator: StaffSession;
let ca: TestCa;
let dir: TempDir;
let url: string;
let responderFile: string;
let caFile: string;

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  ca = await createTestCa({ name: 'Emitent OCSP Test' });
  await registerAuthority(t, ca.certificatePem);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/ocsp`;
  dir = await createTempDir();
  const responderPem = (await t.app.inject({ url: '/ocsp/responder.pem' })).body;
  responderFile = await dir.write('responder.pem', responderPem);
  caFile = await dir.write('ca.pem', ca.certificatePem);
});
afterAll(async () => {
  await dir.remove();
  await t.close();
});

async function registeredLeaf(name: string) {
  const leaf = await issueLeafCertificate(ca, { commonName: name });
  const { user } = await providerWithExternalUser(t, operator.cookie);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/user-certificates',
    headers: { cookie: operator.cookie },
    payload: { userId: user.id, certificatePem: leaf.certificatePem },
  });
  return { leaf, registrationId: created.json().id as string };
}

async function opensslOcsp(leafPem: string, extra: string[] = []) {
  const leafFile = await dir.write(`leaf-${Math.random().toString(36).slice(2)}.pem`, leafPem);
  const result = await runOpenssl([
    'ocsp',
    ...extra,
    '-issuer',
    caFile,
    '-cert',
    leafFile,
    '-url',
    url,
    '-VAfile',
    responderFile,
  ]);
  return result.output;
}

describe('OCSP responder (RFC 6960) checked by openssl', () => {
  it('answers good for a registered certificate, with and without nonce, SHA-1 and SHA-256', async () => {
    const { leaf } = await registeredLeaf('Bun la OCSP');
    for (const extra of [[], ['-no_nonce'], ['-sha256']]) {
      const output = await opensslOcsp(leaf.certificatePem, extra);
      expect(output, extra.join(' ')).toContain('Response verify OK');
      expect(output).toMatch(/: good/);
    }
  });

  it('answers revoked (certificateHold) for a suspended one, and good again once resumed', async () => {
    const { leaf, registrationId } = await registeredLeaf('Suspendat la OCSP');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/user-certificates/${registrationId}`,
      headers: { cookie: operator.cookie },
      payload: { suspended: true, reason: 'test' },
    });
    const suspended = await opensslOcsp(leaf.certificatePem);
    expect(suspended).toContain('Response verify OK');
    expect(suspended).toMatch(/: revoked/);
    expect(suspended).toContain('Reason: certificateHold');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/user-certificates/${registrationId}`,
      headers: { cookie: operator.cookie },
      payload: { suspended: false },
    });
    expect(await opensslOcsp(leaf.certificatePem)).toMatch(/: good/);
  });

  it('answers unknown for a certificate no house registered', async () => {
    const stray = await issueLeafCertificate(ca, { commonName: 'Neînregistrat' });
    const output = await opensslOcsp(stray.certificatePem);
    expect(output).toContain('Response verify OK');
    expect(output).toMatch(/: unknown/);
  });

  it('stays good while one of several registrations is not suspended', async () => {
    const { leaf, registrationId } = await registeredLeaf('Comun');
    const { user } = await providerWithExternalUser(t, operator.cookie);
    await t.app.inject({
      method: 'POST',
      url: '/api/user-certificates',
      headers: { cookie: operator.cookie },
      payload: { userId: user.id, certificatePem: leaf.certificatePem },
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/user-certificates/${registrationId}`,
      headers: { cookie: operator.cookie },
      payload: { suspended: true },
    });
    expect(await opensslOcsp(leaf.certificatePem)).toMatch(/: good/);
  });
});

describe('OCSP over HTTP', () => {
  it('serves GET requests without nonce with cache headers', async () => {
    const { leaf } = await registeredLeaf('GET cacheabil');
    const request = buildOcspRequest({ certificate: leaf.certificate, issuer: ca.certificate, nonce: false });
    const base64 = Buffer.from(request.der).toString('base64');
    const response = await fetch(`${url}/${encodeURIComponent(base64)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ocsp-response');
    expect(response.headers.get('cache-control')).toMatch(/max-age=(\d+)/);
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(300);
    expect(response.headers.get('etag')).toMatch(/^".+"$/);
    const unencoded = await fetch(`${url}/${base64}`);
    expect(unencoded.status).toBe(200);
  });

  it('answers garbage with an OCSP malformedRequest, never an HTTP error', async () => {
    const post = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request' },
      body: new Uint8Array([1, 2, 3, 4, 5]),
    });
    expect(post.status).toBe(200);
    const body = new Uint8Array(await post.arrayBuffer());
    // OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED (1 = malformedRequest) }
    expect([...body]).toEqual([0x30, 0x03, 0x0a, 0x01, 0x01]);
    const get = await fetch(`${url}/%%%not-base64`);
    expect(get.status).toBe(200);
    expect([...new Uint8Array(await get.arrayBuffer())]).toEqual([0x30, 0x03, 0x0a, 0x01, 0x01]);
  });

  it('publishes the responder certificate for clients to trust', async () => {
    const pem = await (await fetch(url.replace('/ocsp', '/ocsp/responder.pem'))).text();
    expect(pem).toContain('BEGIN CERTIFICATE');
    const text = await runOpenssl(['x509', '-noout', '-text', '-in', responderFile]);
    expect(text.output).toContain('OCSP Signing');
  });
});
