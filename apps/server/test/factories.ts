import { randomInt } from 'node:crypto';
import { type CreateProviderInput, makeValidFiscalCode } from '@siui/core';
import type { TestApp } from './test-app';
import { uniqueName } from './test-app';

const thisYear = new Date().getFullYear();
/** A contract in force whenever the tests run: from the start of last year to the end of next. */
export const CONTRACT = {
  number: `MF-${thisYear}-001`,
  start: `${thisYear - 1}-01-01`,
  end: `${thisYear + 1}-12-31`,
} as const;

/** A valid, unique CUI (8 digits with its check digit). */
export function uniqueFiscalCode(): string {
  return makeValidFiscalCode(String(randomInt(1_000_000, 9_999_999)));
}

export function providerInput(overrides: Partial<CreateProviderInput> = {}): CreateProviderInput {
  return {
    code: uniqueName('F').toUpperCase(),
    name: 'Cabinet Medical Dr. Ștefănescu Țurcanu SRL',
    fiscalCode: uniqueFiscalCode(),
    category: 'MF',
    registrationNumber: 'J01/123/2010',
    address: 'Str. Mihai Viteazul nr. 5, Alba Iulia',
    legalRepresentative: 'Ana Ștefănescu',
    email: 'contact@cabinet.ro',
    phone: '0258 123 456',
    contractNumber: CONTRACT.number,
    contractStart: CONTRACT.start,
    contractEnd: CONTRACT.end,
    ...overrides,
  };
}

/** Creates a provider through the API with the given session (or as CNAS into `house`). */
export async function createProvider(
  t: TestApp,
  cookie: string,
  overrides: Partial<CreateProviderInput> = {},
): Promise<{ id: string; code: string; fiscalCode: string; insuranceHouse: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/providers',
    headers: { cookie },
    payload: providerInput(overrides),
  });
  if (response.statusCode !== 201) throw new Error(`create provider failed: ${response.body}`);
  return response.json();
}

/** Generates (or resets) the key and returns the PDF bytes. */
export async function issueKey(t: TestApp, cookie: string, providerId: string, reset = false) {
  return t.app.inject({
    method: 'POST',
    url: `/api/providers/${providerId}/activation-key${reset ? '/reset' : ''}`,
    headers: { cookie },
  });
}

/** A provider of the operator's house with its key generated: its external user exists then. */
export async function providerWithExternalUser(t: TestApp, cookie: string) {
  const provider = await createProvider(t, cookie);
  const pdf = await issueKey(t, cookie, provider.id);
  if (pdf.statusCode !== 200) throw new Error(`key generation failed: ${pdf.body}`);
  const users = await t.app.inject({ url: `/api/users?providerCode=${provider.code}`, headers: { cookie } });
  const user = (users.json() as { items: { id: string; username: string }[] }).items[0];
  if (!user) throw new Error('no external user');
  return { provider, user, agreementPdf: pdf.rawPayload };
}

/** Registers a CA as issuing authority (as the CNAS administrator). */
export async function registerAuthority(
  t: TestApp,
  certificatePem: string,
  overrides: { ocspUrl?: string | null; ocspPolicy?: 'HARD_FAIL' | 'SOFT_FAIL'; name?: string } = {},
): Promise<{ id: string; name: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/issuing-authorities',
    headers: { cookie: await t.loginAdmin() },
    payload: { certificatePem, ...overrides },
  });
  if (response.statusCode !== 201) throw new Error(`authority registration failed: ${response.body}`);
  return response.json();
}
