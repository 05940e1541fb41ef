import { type APIRequestContext, expect } from '@playwright/test';
import { E2E_ADMIN } from './e2e-settings';

// Data a test needs before its story starts is made through the API: with the session of the user
// logged in on the page (`page.request` shares its cookies), or as the CNAS administrator.

export interface ProviderWithKey {
  id: string;
  code: string;
  name: string;
  fiscalCode: string;
}

/**
 * A provider of `insuranceHouse` with an activation key, hence with its external user; with the
 * usage agreement (generatePassword.pdf) that carries the key.
 */
export async function createProviderWithActivationKey(
  request: APIRequestContext,
  provider: Omit<ProviderWithKey, 'id'> & { insuranceHouse: string },
): Promise<ProviderWithKey & { agreementPdf: Buffer }> {
  const created = await request.post('/api/providers', {
    data: {
      ...provider,
      category: 'MF',
      contractNumber: 'C-E2E-1',
      contractStart: '2026-01-01',
      contractEnd: '2027-12-31',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const key = await request.post(`/api/providers/${id}/activation-key`);
  expect(key.status(), await key.text()).toBe(200);
  expect(key.headers()['content-type']).toContain('application/pdf');
  return {
    id,
    code: provider.code,
    name: provider.name,
    fiscalCode: provider.fiscalCode,
    agreementPdf: await key.body(),
  };
}

export interface StaffAccount {
  username: string;
  password: string;
  fullName: string;
}

/**
 * A county operator (role *Operator CJAS*) of `insuranceHouse`, created by the CNAS administrator
 * through the API; `request` is left logged in as the administrator.
 */
export async function createCountyOperator(
  request: APIRequestContext,
  insuranceHouse: string,
  fullName: string,
): Promise<StaffAccount> {
  const login = await request.post('/api/auth/login', {
    data: { username: E2E_ADMIN.username, password: E2E_ADMIN.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  const account = {
    username: `operator.${insuranceHouse.toLowerCase()}.${Date.now().toString(36)}`,
    password: 'Parola-Operator-1',
    fullName,
  };
  const created = await request.post('/api/users', {
    data: { ...account, insuranceHouse, roles: ['CJAS_OPERATOR'] },
  });
  expect(created.status(), await created.text()).toBe(201);
  return account;
}
