import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerWithExternalUser, registerAuthority } from '../../../test/factories';
import { createTestCa, issueLeafCertificate, type TestCa } from '../../../test/pki';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import type { Executor } from '../../db/executor';
import { listUserCertificates, type UserCertificateFilter } from './user-certificates.repository';

let t: TestApp;
let operator: StaffSession;
let ca: TestCa;
let authorityId: string;
beforeAll(async () => {
  t = await createTestApp();
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  ca = await createTestCa({ name: 'Test Qualified CA' });
  authorityId = (await registerAuthority(t, ca.certificatePem)).id;
});
afterAll(() => t.close());

const register = (payload: object, cookie = operator.cookie) =>
  t.app.inject({ method: 'POST', url: '/api/user-certificates', headers: { cookie }, payload });

describe('Certificate utilizatori: Nou → Salvează', () => {
  it('registers by serial number typed as a viewer shows it, in one canonical form', async () => {
    const { user, provider } = await providerWithExternalUser(t, operator.cookie);
    const response = await register({
      userId: user.id,
      issuingAuthorityId: authorityId,
      serialNumber: '00 a3:0f:1b',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      serialNumber: 'A30F1B',
      serialNumberDisplay: 'A3:0F:1B',
      suspended: false,
      insuranceHouse: 'CAS-AB',
      user: { id: user.id },
      provider: { code: provider.code },
      issuingAuthority: { id: authorityId, name: 'Test Qualified CA' },
      hasCertificateFile: false,
      createdBy: operator.username,
    });
    const again = await register({
      userId: user.id,
      issuingAuthorityId: authorityId,
      serialNumber: 'A30F1B',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('USER_CERTIFICATE_EXISTS');
    const bad = await register({ userId: user.id, issuingAuthorityId: authorityId, serialNumber: 'XYZ' });
    expect(bad.json().error.fields).toEqual({ serialNumber: 'număr serial hexazecimal invalid' });
  });

  it('fills everything from an uploaded certificate, finds its authority and keeps the file', async () => {
    const { user } = await providerWithExternalUser(t, operator.cookie);
    const leaf = await issueLeafCertificate(ca, {
      commonName: 'Cabinet Dr. Ștefan',
      organization: 'Cabinet SRL',
    });
    const inspect = await t.app.inject({
      method: 'POST',
      url: '/api/user-certificates/inspect',
      headers: { cookie: operator.cookie },
      payload: { certificatePem: leaf.certificatePem },
    });
    expect(inspect.json()).toMatchObject({
      serialNumber: leaf.certificate.serialNumber,
      subjectCommonName: 'Cabinet Dr. Ștefan',
      issuingAuthority: { id: authorityId },
      signatureVerified: true,
      warnings: [],
    });
    const response = await register({ userId: user.id, certificatePem: leaf.certificatePem });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      serialNumber: leaf.certificate.serialNumber,
      subjectDn: leaf.certificate.subjectDn,
      sha256Fingerprint: leaf.certificate.sha256Fingerprint,
      hasCertificateFile: true,
      issuingAuthority: { id: authorityId },
    });
    expect(response.json().certificatePem).toContain('BEGIN CERTIFICATE');
  });

  it('refuses a certificate not signed by the chosen authority, or by any registered one', async () => {
    const { user } = await providerWithExternalUser(t, operator.cookie);
    const stranger = await createTestCa({ name: 'Unknown CA' });
    const foreign = await issueLeafCertificate(stranger, { commonName: 'Străin' });
    const chosen = await register({
      userId: user.id,
      certificatePem: foreign.certificatePem,
      issuingAuthorityId: authorityId,
    });
    expect(chosen.json().error.code).toBe('CERTIFICATE_NOT_ISSUED_BY_AUTHORITY');
    const detected = await register({ userId: user.id, certificatePem: foreign.certificatePem });
    expect(detected.json().error.code).toBe('ISSUING_AUTHORITY_NOT_DETECTED');
    const caFile = await register({ userId: user.id, certificatePem: ca.certificatePem });
    expect(caFile.json().error.code).toBe('CERTIFICATE_IS_CA');
  });

  it('warns about an expired certificate but still registers it', async () => {
    const { user } = await providerWithExternalUser(t, operator.cookie);
    const expired = await issueLeafCertificate(ca, {
      commonName: 'Expirat',
      notBefore: new Date('2024-01-01'),
      notAfter: new Date('2025-01-01'),
    });
    const response = await register({ userId: user.id, certificatePem: expired.certificatePem });
    expect(response.statusCode).toBe(201);
    expect(response.json().warnings).toEqual([
      { code: 'EXPIRED', message: 'Certificatul a expirat pe 01.01.2025.' },
    ]);
  });

  it('lets one certificate serve several providers and several houses, each registering its own', async () => {
    const leaf = await issueLeafCertificate(ca, { commonName: 'Grup medical' });
    const first = await providerWithExternalUser(t, operator.cookie);
    const second = await providerWithExternalUser(t, operator.cookie);
    expect((await register({ userId: first.user.id, certificatePem: leaf.certificatePem })).statusCode).toBe(
      201,
    );
    expect((await register({ userId: second.user.id, certificatePem: leaf.certificatePem })).statusCode).toBe(
      201,
    );
    const cluj = await t.createStaff({ house: 'CAS-CJ', roles: ['CJAS_OPERATOR'] });
    const clujProvider = await providerWithExternalUser(t, cluj.cookie);
    const clujAnswer = await register(
      { userId: clujProvider.user.id, certificatePem: leaf.certificatePem },
      cluj.cookie,
    );
    expect(clujAnswer.statusCode).toBe(201);
    expect(clujAnswer.json().insuranceHouse).toBe('CAS-CJ');
    const crossHouse = await register({ userId: clujProvider.user.id, certificatePem: leaf.certificatePem });
    expect(crossHouse.statusCode).toBe(404);
    const clujList = await t.app.inject({
      url: '/api/user-certificates?pageSize=200',
      headers: { cookie: cluj.cookie },
    });
    expect(
      clujList.json().items.every((c: { insuranceHouse: string }) => c.insuranceHouse === 'CAS-CJ'),
    ).toBe(true);
  });

  it('only accepts external users', async () => {
    const response = await register({
      userId: operator.id,
      issuingAuthorityId: authorityId,
      serialNumber: '01',
    });
    expect(response.json().error.code).toBe('NOT_AN_EXTERNAL_USER');
  });
});

describe('Suspendat DA/NU', () => {
  it('suspends and resumes with a reason, keeps the history and audits it', async () => {
    const { user } = await providerWithExternalUser(t, operator.cookie);
    const created = (
      await register({ userId: user.id, issuingAuthorityId: authorityId, serialNumber: '7788' })
    ).json();
    const patch = (payload: object, cookie = operator.cookie) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/user-certificates/${created.id}`,
        headers: { cookie },
        payload,
      });
    const suspended = await patch({ suspended: true, reason: 'Cerere furnizor: cheie compromisă' });
    expect(suspended.json()).toMatchObject({ suspended: true });
    expect(suspended.json().suspendedAt).not.toBeNull();
    const resumed = await patch({ suspended: false });
    expect(resumed.json().suspensions).toEqual([
      expect.objectContaining({ suspended: false, by: operator.username, reason: null }),
      expect.objectContaining({ suspended: true, reason: 'Cerere furnizor: cheie compromisă' }),
    ]);
    const audit = await t.app.inject({
      url: `/api/audit?entityId=${created.id}`,
      headers: { cookie: await t.loginAdmin() },
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
      'user-certificate.unsuspend',
      'user-certificate.suspend',
      'user-certificate.create',
    ]);
    const viewer = await t.createStaff({ house: 'CAS-AB', roles: [] });
    expect((await patch({ suspended: true }, viewer.cookie)).statusCode).toBe(403);
    expect((await patch({})).statusCode).toBe(400);
  });

  it('filters by provider code, suspension and expiry', async () => {
    const { user, provider } = await providerWithExternalUser(t, operator.cookie);
    const soon = await issueLeafCertificate(ca, {
      commonName: 'Expiră curând',
      notAfter: new Date(Date.now() + 10 * 86_400_000),
    });
    const created = (await register({ userId: user.id, certificatePem: soon.certificatePem })).json();
    expect(created.warnings.map((w: { code: string }) => w.code)).toEqual(['EXPIRES_SOON']);
    const list = async (query: string) =>
      (
        await t.app.inject({ url: `/api/user-certificates?${query}`, headers: { cookie: operator.cookie } })
      ).json();
    expect((await list(`providerCode=${provider.code}`)).items.map((c: { id: string }) => c.id)).toEqual([
      created.id,
    ]);
    expect(
      (await list('expiringWithinDays=30&pageSize=200')).items.map((c: { id: string }) => c.id),
    ).toContain(created.id);
    expect((await list('suspended=true&pageSize=200')).items.map((c: { id: string }) => c.id)).not.toContain(
      created.id,
    );
  });
});

/** The list as it was computed before the count stopped joining: every table joined, then filtered. */
async function joinedReference(db: Executor, filter: UserCertificateFilter) {
  let query = db
    .selectFrom('user_certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .innerJoin('issuing_authorities as a', 'a.id', 'c.issuing_authority_id')
    .leftJoin('providers as p', 'p.id', 'u.provider_id')
    .leftJoin('users as creator', 'creator.id', 'c.created_by');
  if (filter.houseCode !== undefined) query = query.where('c.insurance_house_code', '=', filter.houseCode);
  if (filter.providerCode) query = query.where(sql`lower(p.code)`, '=', filter.providerCode.toLowerCase());
  if (filter.userId) query = query.where('c.user_id', '=', filter.userId);
  if (filter.username) query = query.where(sql`lower(u.username)`, '=', filter.username.toLowerCase());
  if (filter.issuingAuthorityId)
    query = query.where('c.issuing_authority_id', '=', filter.issuingAuthorityId);
  if (filter.serialNumber) query = query.where('c.serial_number', '=', filter.serialNumber);
  if (filter.suspended !== undefined) query = query.where('c.suspended', '=', filter.suspended);
  if (filter.expiringWithinDays !== undefined) {
    const limit = new Date(filter.now.getTime() + filter.expiringWithinDays * 86_400_000);
    query = query.where('c.not_after', '<=', limit).where('c.not_after', '>=', filter.now);
  }
  return query
    .select(['c.id', 'p.code as provider_code', 'u.username', 'a.name as authority_name'])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .execute();
}

describe('Lista: total and pages', () => {
  it('counts and pages exactly the rows the joined query selects, for every combination of filters', async () => {
    const first = await providerWithExternalUser(t, operator.cookie);
    const second = await providerWithExternalUser(t, operator.cookie);
    const soon = await issueLeafCertificate(ca, {
      commonName: 'Expiră curând',
      notAfter: new Date(Date.now() + 5 * 86_400_000),
    });
    const registered: string[] = [];
    for (const [user, payload] of [
      [first.user, { certificatePem: soon.certificatePem }],
      [first.user, { issuingAuthorityId: authorityId, serialNumber: '5151' }],
      [first.user, { issuingAuthorityId: authorityId, serialNumber: '5152' }],
      [second.user, { issuingAuthorityId: authorityId, serialNumber: '5151' }],
      [second.user, { certificatePem: soon.certificatePem }],
    ] as const) {
      const answer = await register({ userId: user.id, ...payload });
      expect(answer.statusCode).toBe(201);
      registered.push(answer.json().id);
    }
    const suspend = await t.app.inject({
      method: 'PATCH',
      url: `/api/user-certificates/${registered[1]}`,
      headers: { cookie: operator.cookie },
      payload: { suspended: true },
    });
    expect(suspend.statusCode).toBe(200);

    const choices: Partial<UserCertificateFilter>[] = [
      { providerCode: first.provider.code.toLowerCase() },
      { username: first.user.username.toUpperCase() },
      { userId: second.user.id },
      { issuingAuthorityId: authorityId },
      { serialNumber: '5151' },
      { suspended: true },
      { suspended: false },
      { expiringWithinDays: 30 },
    ];
    // Other test files write to the same database: each comparison reads one snapshot.
    await t.database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        for (let mask = 0; mask < 1 << choices.length; mask++) {
          if ((mask & 0b1100_0000) === 0b1100_0000) continue; // suspended true and false at once
          const chosen = Object.assign({}, ...choices.filter((_, n) => mask & (1 << n)));
          for (const houseCode of ['CAS-AB', undefined]) {
            const base = { ...chosen, houseCode, now: new Date(), page: 1, pageSize: 3 };
            const reference = await joinedReference(trx, base);
            const label = JSON.stringify({ ...chosen, houseCode });
            for (const page of [1, 2]) {
              const listed = await listUserCertificates(trx, { ...base, page });
              expect(listed.total, label).toBe(reference.length);
              expect(
                listed.rows.map((row) => [row.id, row.provider_code, row.username, row.authority_name]),
                label,
              ).toEqual(
                reference
                  .slice((page - 1) * 3, page * 3)
                  .map((row) => [row.id, row.provider_code, row.username, row.authority_name]),
              );
            }
          }
        }
      });
  });
});
