/**
 * The registry the benchmark needs, made through the staff API as CNAS and a county house would:
 * an issuing authority, a CJAS administrator, providers with activation keys and registered client
 * certificates (for the gateway), and the 500 certificate serials the OCSP responders answer for.
 */
import { randomBytes } from 'node:crypto';
import { makeValidFiscalCode } from '@siui/core';
import { keyFromAgreementText, pdfText } from '../../apps/server/test/pdf-text';
import {
  createTestCa,
  issueLeafCertificate,
  type TestCa,
  type TestCertificate,
} from '../../apps/server/test/pki';
import { StaffApi } from './api';
import { inParallel } from './support';

export const BIG_HOUSE = 'CAS-AB';

export interface EnrolledProvider {
  providerId: string;
  code: string;
  username: string;
  userId: string;
  key: string;
  leaf: TestCertificate;
  registrationId: string;
}

export interface Registry {
  ca: TestCa;
  authorityId: string;
  admin: StaffApi;
  houseAdmin: StaffApi;
  providers: EnrolledProvider[];
  /** Canonical hex serials registered (not suspended) for the OCSP benchmarks. */
  ocspSerials: string[];
}

const year = new Date().getFullYear();

export async function enrollRegistry(options: {
  baseUrl: string;
  adminPassword: string;
  providers: number;
  ocspSerials: number;
}): Promise<Registry> {
  const admin = await StaffApi.login(options.baseUrl, 'admin', options.adminPassword);
  const ca = await createTestCa({ name: 'Emitent Bench SIUI' });
  const authority = await admin.expect<{ id: string }>(201, 'POST', '/api/issuing-authorities', {
    certificatePem: ca.certificatePem,
  });
  const housePassword = `Bench-${randomBytes(6).toString('hex')}`;
  await admin.expect(201, 'POST', '/api/users', {
    username: 'bench.cjas',
    password: housePassword,
    fullName: 'Bench CJAS Alba',
    insuranceHouse: BIG_HOUSE,
    roles: ['CJAS_ADMIN'],
  });
  const houseAdmin = await StaffApi.login(options.baseUrl, 'bench.cjas', housePassword);

  const indexes = Array.from({ length: options.providers }, (_, index) => index);
  const providers = await inParallel(indexes, 4, (index) => enrollProvider(houseAdmin, ca, index));

  const ocspSerials = Array.from({ length: options.ocspSerials }, () => randomSerial());
  await inParallel(ocspSerials, 8, async (serialNumber, index) => {
    const owner = providers[index % providers.length];
    if (!owner) throw new Error('no provider to register the serial for');
    await houseAdmin.expect(201, 'POST', '/api/user-certificates', {
      userId: owner.userId,
      issuingAuthorityId: authority.id,
      serialNumber,
    });
  });
  return { ca, authorityId: authority.id, admin, houseAdmin, providers, ocspSerials };
}

async function enrollProvider(api: StaffApi, ca: TestCa, index: number): Promise<EnrolledProvider> {
  const fiscalCode = makeValidFiscalCode(String(70_000_000 + index * 7));
  const code = `BENCH${String(index).padStart(4, '0')}`;
  const provider = await api.expect<{ id: string }>(201, 'POST', '/api/providers', {
    code,
    name: `Cabinet Medical Bench ${index} SRL`,
    fiscalCode,
    category: 'MF',
    contractNumber: `MF-${year}-${index}`,
    contractStart: `${year - 1}-01-01`,
    contractEnd: `${year + 1}-12-31`,
  });
  const pdf = await api.call('POST', `/api/providers/${provider.id}/activation-key`);
  if (pdf.status !== 200) throw new Error(`activation key: ${pdf.status} ${pdf.body.toString('utf8')}`);
  const key = keyFromAgreementText(await pdfText(pdf.body));
  const users = await api.expect<{ items: { id: string; username: string }[] }>(
    200,
    'GET',
    `/api/users?providerCode=${code}&kind=external`,
  );
  const user = users.items[0];
  if (!user) throw new Error(`no external user for ${code}`);
  const leaf = await issueLeafCertificate(ca, { commonName: `Furnizor ${code}`, organization: code });
  const registration = await api.expect<{ id: string }>(201, 'POST', '/api/user-certificates', {
    userId: user.id,
    certificatePem: leaf.certificatePem,
  });
  return {
    providerId: provider.id,
    code,
    username: user.username,
    userId: user.id,
    key,
    leaf,
    registrationId: registration.id,
  };
}

/** 16 random octets as canonical hex: the first octet 0x10–0x7f, so no sign or leading zero octet. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = 0x10 + ((bytes[0] ?? 0) % 0x70);
  return bytes.toString('hex').toUpperCase();
}
