import { type APIRequestContext, expect } from '@playwright/test';

// Data the console cannot create yet (providers arrive with a later issue) is made through the
// API, with the session of the user logged in on the page (`page.request` shares its cookies).

export interface ProviderWithKey {
  id: string;
  code: string;
  name: string;
  fiscalCode: string;
}

/** A provider of `insuranceHouse` with an activation key, hence with its external user. */
export async function createProviderWithActivationKey(
  request: APIRequestContext,
  provider: Omit<ProviderWithKey, 'id'> & { insuranceHouse: string },
): Promise<ProviderWithKey> {
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
  return { id, code: provider.code, name: provider.name, fiscalCode: provider.fiscalCode };
}
