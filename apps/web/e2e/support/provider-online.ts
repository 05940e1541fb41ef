import { type APIRequestContext, expect } from '@playwright/test';
import { makeValidCnp, makeValidFiscalCode } from '@siui/core';
import { createCountyOperator, createProviderWithActivationKey, type StaffAccount } from './api-setup';
import {
  activate,
  activationKeyFromAgreement,
  callGateway,
  type Gateway,
  openSession,
} from './online-gateway';
import { createTestCa, issueClientCertificate, type TestCa, type TestLeaf } from './test-pki';

// Stories told through the API, for the specs that look at their traces on screen.

export interface CountyProvider {
  code: string;
  name: string;
  fiscalCode: string;
  /** Its external user, `<CUI>_CAS-AB`. */
  username: string;
  userId: string;
  /** The activation key read from generatePassword.pdf. */
  key: string;
}

/** As CNAS (`request` logged in as the administrator): a new issuing authority from a new test CA. */
export async function addIssuingAuthority(
  request: APIRequestContext,
  name: string,
  options: { days?: number; ocspUrl?: string } = {},
): Promise<TestCa & { id: string }> {
  const ca = createTestCa(name, options.days);
  const added = await request.post('/api/issuing-authorities', {
    data: { certificatePem: ca.pem, ...(options.ocspUrl ? { ocspUrl: options.ocspUrl } : {}) },
  });
  expect(added.status(), await added.text()).toBe(201);
  const { id } = (await added.json()) as { id: string };
  return { ...ca, id };
}

/** A CAS-AB provider with its activation key and external user, made by `request` (CNAS). */
export async function createCountyProvider(
  request: APIRequestContext,
  code: string,
  name: string,
): Promise<CountyProvider> {
  const fiscalCode = makeValidFiscalCode(String(2_000_000 + Math.floor(Math.random() * 7_000_000)));
  const created = await createProviderWithActivationKey(request, {
    code,
    name,
    fiscalCode,
    insuranceHouse: 'CAS-AB',
  });
  const users = await request.get('/api/users', { params: { kind: 'external', providerCode: code } });
  const page = (await users.json()) as { items: { id: string; username: string }[] };
  const user = page.items[0];
  if (!user) throw new Error(`no external user for ${code}`);
  return {
    code,
    name,
    fiscalCode,
    username: user.username,
    userId: user.id,
    key: activationKeyFromAgreement(created.agreementPdf),
  };
}

export interface ProviderOnline {
  operator: StaffAccount;
  ca: TestCa;
  leaf: TestLeaf;
  provider: CountyProvider;
  gateway: Gateway;
}

/**
 * Seeds 2.2 to 3.2 for one CAS-AB provider: its certificate is registered, it activates and connects
 * online, reads the nomenclature 50 times, sends three reports (valid, partially valid, invalid);
 * then the house suspends the certificate and the next two requests are refused.
 */
export async function providerWorkedOnline(
  request: APIRequestContext,
  stamp: string,
): Promise<ProviderOnline> {
  const operator = await createCountyOperator(request, 'CAS-AB', 'Andrei Pătrașcu');
  const ca = await addIssuingAuthority(request, `DigiSign Test CA ${stamp}`);
  const provider = await createCountyProvider(request, `AB-ONL-${stamp}`, 'Laboratorul Clinic Mureș SRL');
  const leaf = issueClientCertificate(ca, 'Laboratorul Clinic Mures SRL', 'laborator');
  const registered = await request.post('/api/user-certificates', {
    data: { userId: provider.userId, certificatePem: leaf.pem },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const { id: certificateId } = (await registered.json()) as { id: string };

  const activation = await activate(request, provider.key, 'CAS-AB');
  expect(activation.status, JSON.stringify(activation.body)).toBe(200);
  const gateway = activation.gateway;
  if (!gateway) throw new Error('the activation answer names no online gateway');
  const certificate = { certPem: leaf.pem, keyPem: leaf.keyPem };
  const credentials = { username: provider.username, password: provider.key };
  const { token } = await openSession(gateway, certificate, credentials, 200);
  const session = { ...certificate, token: token ?? '' };
  for (let call = 0; call < 50; call += 1) {
    const answer = await callGateway(gateway, { path: '/online/v1/nomenclatures/services', ...session });
    expect(answer.status).toBe(200);
  }

  const patient = makeValidCnp({ birthDate: '1963-06-15', sex: 'M', countyCode: '01' });
  const wrongCheckDigit = `${patient.slice(0, 12)}${(Number(patient.slice(12)) + 1) % 10}`;
  const line = (date: string, serviceCode = 'C001') => ({ cnp: patient, serviceCode, date, quantity: 1 });
  const reports = {
    valid: [line('2026-10-05'), line('2026-10-06', 'C003')],
    partial: [line('2026-10-07'), { ...line('2026-10-08'), cnp: wrongCheckDigit }],
    invalid: [{ ...line('2026-11-09', 'X999'), quantity: 0 }],
  };
  for (const [name, lines] of Object.entries(reports)) {
    const sent = await callGateway(gateway, {
      method: 'POST',
      path: '/online/v1/reports',
      ...session,
      body: { type: 'MF', period: '2026-10', idempotencyKey: `e2e-${stamp}-${name}`, lines },
    });
    expect(sent.status, JSON.stringify(sent.json)).toBe(200);
  }

  const suspended = await request.patch(`/api/user-certificates/${certificateId}`, {
    data: { suspended: true, reason: 'Certificat compromis' },
  });
  expect(suspended.status(), await suspended.text()).toBe(200);
  const refused = await callGateway(gateway, { path: '/online/v1/nomenclatures/services', ...session });
  expect(refused.status).toBe(401);
  await openSession(gateway, certificate, credentials, 401);
  return { operator, ca, leaf, provider, gateway };
}
