import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, issueLeafCertificate } from '../../../test/pki';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';

let t: TestApp;
let countyAdmin: StaffSession;
beforeAll(async () => {
  t = await createTestApp();
  countyAdmin = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_ADMIN'] });
});
afterAll(() => t.close());

const post = async (payload: object, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/issuing-authorities',
    headers: { cookie: cookie ?? (await t.loginAdmin()) },
    payload,
  });

describe('Autorități emitente', () => {
  it('lets CNAS add a CA from its PEM and reads its identity from the certificate', async () => {
    const ca = await createTestCa({ name: 'CertSIGN Test Qualified CA' });
    const response = await post({
      certificatePem: ca.certificatePem,
      ocspUrl: 'http://ocsp.certsign.test/ocsp',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'CertSIGN Test Qualified CA',
      subjectDn: ca.certificate.subjectDn,
      selfSigned: true,
      subjectKeyIdentifier: ca.certificate.subjectKeyIdentifier,
      sha256Fingerprint: ca.certificate.sha256Fingerprint,
      ocspUrl: 'http://ocsp.certsign.test/ocsp',
      ocspPolicy: 'HARD_FAIL',
      active: true,
    });
    expect(response.json().certificatePem).toContain('BEGIN CERTIFICATE');
  });

  it('accepts the DER file as base64 and takes the OCSP address from the certificate', async () => {
    const root = await createTestCa({ name: 'Root Test', ocspUrl: 'http://ocsp.root.test/' });
    const intermediate = await createTestCa({ name: 'Intermediate Test', parent: root });
    const response = await post({
      certificatePem: Buffer.from(intermediate.certificateDer).toString('base64'),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ selfSigned: false, ocspUrl: 'http://ocsp.root.test/' });
  });

  it('refuses a non-CA certificate, garbage, an expired CA and a duplicate, each with its reason', async () => {
    const ca = await createTestCa({ name: 'Refusals CA' });
    const leaf = await issueLeafCertificate(ca, { commonName: 'Furnizor' });
    expect((await post({ certificatePem: leaf.certificatePem })).json().error.code).toBe('NOT_A_CA');
    const garbage = await post({ certificatePem: 'acesta nu este un certificat' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toBe(
      'Fișierul nu conține un certificat X.509 lizibil (PEM, DER sau base64).',
    );
    const expired = await createTestCa({
      name: 'Expired CA',
      validity: { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') },
    });
    const expiredAnswer = await post({ certificatePem: expired.certificatePem });
    expect(expiredAnswer.json().error).toMatchObject({ code: 'CA_EXPIRED' });
    expect(expiredAnswer.json().error.message).toContain('2021-01-01');
    await post({ certificatePem: ca.certificatePem });
    const duplicate = await post({ certificatePem: ca.certificatePem });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('ISSUING_AUTHORITY_EXISTS');
  });

  it('shows county houses the list read-only', async () => {
    const ca = await createTestCa({ name: 'Visible CA' });
    const created = (await post({ certificatePem: ca.certificatePem })).json();
    const list = await t.app.inject({
      url: '/api/issuing-authorities',
      headers: { cookie: countyAdmin.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((a: { id: string }) => a.id)).toContain(created.id);
    const other = await createTestCa({ name: 'County CA' });
    expect((await post({ certificatePem: other.certificatePem }, countyAdmin.cookie)).statusCode).toBe(403);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/issuing-authorities/${created.id}`,
      headers: { cookie: countyAdmin.cookie },
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(403);
  });

  it('lets CNAS edit the OCSP address, the policy and deactivate, with an audit entry', async () => {
    const ca = await createTestCa({ name: 'Editable CA' });
    const created = (await post({ certificatePem: ca.certificatePem })).json();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/issuing-authorities/${created.id}`,
      headers: { cookie: await t.loginAdmin() },
      payload: { ocspUrl: 'http://ocsp.edit.test/', ocspPolicy: 'SOFT_FAIL', active: false },
    });
    expect(response.json()).toMatchObject({
      ocspUrl: 'http://ocsp.edit.test/',
      ocspPolicy: 'SOFT_FAIL',
      active: false,
    });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/issuing-authorities/${created.id}`,
      headers: { cookie: await t.loginAdmin() },
      payload: { ocspUrl: 'ftp://nu' },
    });
    expect(bad.statusCode).toBe(400);
    const audit = await t.app.inject({
      url: `/api/audit?entityId=${created.id}&action=issuing-authority.update`,
      headers: { cookie: await t.loginAdmin() },
    });
    expect(audit.json().items[0].after).toMatchObject({ active: false, ocspPolicy: 'SOFT_FAIL' });
  });
});
