import { PROVIDER_SORTS } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, createProvider, issueKey, providerInput, uniqueFiscalCode } from '../../../test/factories';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { listProviders, type ProviderListFilter } from './providers.repository';

let t: TestApp;
let alba: StaffSession;
let cluj: StaffSession;
beforeAll(async () => {
  t = await createTestApp();
  alba = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  cluj = await t.createStaff({ house: 'CAS-CJ', roles: ['CJAS_OPERATOR'] });
});
afterAll(() => t.close());

describe('providers (Persoane juridice)', () => {
  it('creates a provider in the operator’s house, normalising the CUI and cedilla diacritics', async () => {
    const fiscalCode = uniqueFiscalCode();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: alba.cookie },
      payload: providerInput({
        fiscalCode: `ro ${fiscalCode}`,
        name: '  Farmacia  Sfântul Ştefan  Ţicleni ',
      }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      insuranceHouse: 'CAS-AB',
      fiscalCode,
      name: 'Farmacia Sfântul Ștefan Țicleni',
      keyState: 'NONE',
      externalUser: null,
      contractStart: CONTRACT.start,
    });
  });

  it('explains each bad field: check digit, category, dates, e-mail', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: alba.cookie },
      payload: providerInput({
        fiscalCode: '18547291',
        category: 'XYZ' as 'MF',
        contractStart: '2026-12-31',
        contractEnd: '2026-01-01',
        email: 'nu-e-email',
      }),
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields;
    expect(fields.fiscalCode).toBe('CUI invalid: cifra de control nu corespunde');
    expect(fields).toHaveProperty('category');
    expect(fields.email).toBe('adresă de e-mail invalidă');
  });

  it('refuses a contract that ends before it starts', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: alba.cookie },
      payload: providerInput({ contractStart: '2026-12-31', contractEnd: '2026-01-01' }),
    });
    expect(response.json().error.fields.contractEnd).toMatch(/înaintea începutului/);
  });

  it('keeps codes unique within a house but not across houses, and one CUI per house', async () => {
    const first = await createProvider(t, alba.cookie);
    const sameCode = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: alba.cookie },
      payload: providerInput({ code: first.code.toLowerCase() }),
    });
    expect(sameCode.statusCode).toBe(409);
    expect(sameCode.json().error.code).toBe('PROVIDER_CODE_TAKEN');
    const otherHouse = await createProvider(t, cluj.cookie, {
      code: first.code,
      fiscalCode: first.fiscalCode,
    });
    expect(otherHouse.insuranceHouse).toBe('CAS-CJ');
    const sameCui = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: alba.cookie },
      payload: providerInput({ fiscalCode: first.fiscalCode }),
    });
    expect(sameCui.statusCode).toBe(409);
    expect(sameCui.json().error.message).toContain(first.code);
  });

  it('finds providers by code, by CUI and by name without diacritics, page by page', async () => {
    const target = await createProvider(t, alba.cookie, { name: 'Centrul Medical Sfântul Ștefan' });
    const search = async (query: string) =>
      (await t.app.inject({ url: `/api/providers?${query}`, headers: { cookie: alba.cookie } })).json();
    expect(
      (await search(`code=${target.code.toLowerCase()}`)).items.map((p: { id: string }) => p.id),
    ).toEqual([target.id]);
    expect((await search('name=stefan')).items.map((p: { id: string }) => p.id)).toContain(target.id);
    expect((await search('q=SFANTUL%20STEFAN')).items.map((p: { id: string }) => p.id)).toContain(target.id);
    expect((await search(`q=RO${target.fiscalCode}`)).items.map((p: { id: string }) => p.id)).toEqual([
      target.id,
    ]);
    const page = await search('pageSize=2&page=1&sort=-code');
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    const keyless = await search('keyState=NONE&pageSize=200');
    expect(keyless.items.every((p: { keyState: string }) => p.keyState === 'NONE')).toBe(true);
  });

  it('shows a county only its own providers; another county’s provider is not found', async () => {
    const clujProvider = await createProvider(t, cluj.cookie);
    const list = (
      await t.app.inject({ url: '/api/providers?pageSize=200', headers: { cookie: alba.cookie } })
    ).json();
    expect(list.items.every((p: { insuranceHouse: string }) => p.insuranceHouse === 'CAS-AB')).toBe(true);
    for (const [method, url] of [
      ['GET', `/api/providers/${clujProvider.id}`],
      ['PATCH', `/api/providers/${clujProvider.id}`],
      ['POST', `/api/providers/${clujProvider.id}/activation-key`],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: { cookie: alba.cookie },
        ...(method === 'PATCH' ? { payload: { name: 'Furat' } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('PROVIDER_NOT_FOUND');
    }
    const cnasList = await t.app.inject({
      url: '/api/providers?insuranceHouse=CAS-CJ&pageSize=200',
      headers: { cookie: await t.loginAdmin() },
    });
    expect(cnasList.json().items.map((p: { id: string }) => p.id)).toContain(clujProvider.id);
  });

  it('edits a provider (Modifică) and records before and after in the audit trail', async () => {
    const provider = await createProvider(t, alba.cookie);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/providers/${provider.id}`,
      headers: { cookie: alba.cookie },
      payload: { contractEnd: '2027-06-30', active: false, phone: '' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ contractEnd: '2027-06-30', active: false, phone: null });
    const audit = await t.app.inject({
      url: `/api/audit?entityId=${provider.id}&action=provider.update`,
      headers: { cookie: await t.loginAdmin() },
    });
    expect(audit.json().items[0]).toMatchObject({
      before: { contractEnd: CONTRACT.end, active: true },
      after: { contractEnd: '2027-06-30', active: false },
    });
  });

  it('makes a CNAS caller name the county house, never CNAS itself', async () => {
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: await t.loginAdmin() },
      payload: providerInput(),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ insuranceHouse: 'alegeți casa județeană a furnizorului' });
    const cnas = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: await t.loginAdmin() },
      payload: providerInput({ insuranceHouse: 'CNAS' }),
    });
    expect(cnas.statusCode).toBe(400);
  });

  it('lets a CNAS caller create a provider in a named house', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/providers',
      headers: { cookie: await t.loginAdmin() },
      payload: providerInput({ insuranceHouse: 'CAS-B' }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().insuranceHouse).toBe('CAS-B');
  });
});

describe('provider list pages', () => {
  it('pages and counts exactly as one query over the whole list, with each row’s key and user', async () => {
    const name = `Pagina ${Date.now()}`;
    const made: { id: string }[] = [];
    for (let n = 0; n < 7; n++) {
      const provider = await createProvider(t, alba.cookie, { name: `${name} ${n % 3}` });
      if (n % 2 === 0) expect((await issueKey(t, alba.cookie, provider.id)).statusCode).toBe(200);
      made.push(provider);
    }
    const key = (row: { id: string; has_key: boolean; external_username: string | null }) =>
      `${row.id} ${row.has_key} ${row.external_username}`;
    const filters: Partial<ProviderListFilter>[] = [
      { name: name.toLowerCase() },
      { name: name.toLowerCase(), keyState: 'ACTIVE' },
      { name: name.toLowerCase(), keyState: 'NONE' },
      { q: name },
      {},
    ];
    for (const houseCode of ['CAS-AB', undefined])
      for (const sort of PROVIDER_SORTS)
        for (const chosen of filters) {
          const filter = { ...chosen, houseCode, sort, page: 1, pageSize: 200 };
          const whole = await listProviders(t.database.db, filter);
          const label = JSON.stringify(filter);
          if (chosen.name)
            expect(whole.total, label).toBe(chosen.keyState ? (chosen.keyState === 'ACTIVE' ? 4 : 3) : 7);
          expect(whole.rows, label).toHaveLength(Math.min(whole.total, 200));
          const paged: string[] = [];
          for (let page = 1; page <= 3; page++) {
            const part = await listProviders(t.database.db, { ...filter, page, pageSize: 3 });
            expect(part.total, label).toBe(whole.total);
            paged.push(...part.rows.map(key));
          }
          expect(paged, label).toEqual(whole.rows.slice(0, 9).map(key));
        }
    const listed = await listProviders(t.database.db, {
      name: name.toLowerCase(),
      houseCode: 'CAS-AB',
      sort: 'code',
      page: 1,
      pageSize: 20,
    });
    expect(listed.rows.filter((row) => row.has_key).every((row) => row.external_username !== null)).toBe(
      true,
    );
    expect(new Set(listed.rows.map((row) => row.id))).toEqual(new Set(made.map((p) => p.id)));
  });
});
