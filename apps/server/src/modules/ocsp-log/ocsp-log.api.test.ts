import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffSession, type TestApp, uniqueName } from '../../../test/test-app';
import { logOnlineOperation } from './ocsp-log.writer';

let t: TestApp;
let alba: StaffSession;
let cluj: StaffSession;
const providerCode = uniqueName('LOG').toUpperCase();

beforeAll(async () => {
  t = await createTestApp();
  alba = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  cluj = await t.createStaff({ house: 'CAS-CJ', roles: ['CJAS_OPERATOR'] });
  const base = { clientIp: '10.9.8.7', providerCode, externalUsername: `18547290_CAS-AB` } as const;
  for (let i = 0; i < 25; i++) {
    await logOnlineOperation(t.database.db, {
      ...base,
      houseCode: 'CAS-AB',
      operation: i % 5 === 0 ? 'ACTIVATION' : 'SESSION',
      result: i % 3 === 0 ? 'REFUSED' : 'ALLOWED',
      reasonCode: i % 3 === 0 ? 'CERTIFICATE_SUSPENDED' : null,
      certificateSerial: 'A30F1B',
      at: new Date(Date.UTC(2026, 9, 1 + i, 9)),
    });
  }
  await logOnlineOperation(t.database.db, {
    houseCode: 'CAS-CJ',
    operation: 'SESSION',
    result: 'ALLOWED',
    clientIp: '10.0.0.1',
    providerCode: '=HYPERLINK("x")',
  });
});
afterAll(() => t.close());

const get = (query: string, cookie = alba.cookie) =>
  t.app.inject({ url: `/api/ocsp-log?${query}`, headers: { cookie } });

describe('Log OCSP', () => {
  it('lists the house’s online operations newest first, page by page with a cursor', async () => {
    const first = (await get(`providerCode=${providerCode}&limit=10`)).json();
    expect(first.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({ providerCode, insuranceHouse: 'CAS-AB', clientIp: '10.9.8.7' });
    const ids = first.items.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const seen = new Set(first.items.map((e: { id: string }) => e.id));
    let cursor = first.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = (await get(`providerCode=${providerCode}&limit=10&cursor=${cursor}`)).json();
      for (const entry of page.items) seen.add(entry.id);
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(25);
  });

  it('filters by operation, result and period', async () => {
    const refused = (await get(`providerCode=${providerCode}&result=REFUSED&limit=100`)).json().items;
    expect(refused).toHaveLength(9);
    expect(refused.every((e: { reasonCode: string }) => e.reasonCode === 'CERTIFICATE_SUSPENDED')).toBe(true);
    const activations = (await get(`providerCode=${providerCode}&operation=ACTIVATION&limit=100`)).json()
      .items;
    expect(activations).toHaveLength(5);
    const october = (await get(`providerCode=${providerCode}&from=2026-10-10&to=2026-10-12&limit=100`)).json()
      .items;
    expect(october.map((e: { at: string }) => e.at.slice(0, 10))).toEqual([
      '2026-10-12',
      '2026-10-11',
      '2026-10-10',
    ]);
  });

  it('keeps each county to its own log', async () => {
    expect((await get(`providerCode=${providerCode}`, cluj.cookie)).json().items).toEqual([]);
    expect((await get('insuranceHouse=CAS-AB', cluj.cookie)).statusCode).toBe(403);
    const cnas = (
      await get(`providerCode=${providerCode}&insuranceHouse=CAS-AB`, await t.loginAdmin())
    ).json();
    expect(cnas.items.length).toBeGreaterThan(0);
  });

  it('exports the filtered log as CSV readable by spreadsheets, without formula injection', async () => {
    const response = await t.app.inject({
      url: `/api/ocsp-log/export.csv?providerCode=${providerCode}&result=REFUSED`,
      headers: { cookie: alba.cookie },
    });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="log-ocsp.csv"');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'data_ora;casa;cod_furnizor;utilizator;serie_certificat;operatie;rezultat;motiv;adresa_ip',
    );
    expect(lines).toHaveLength(10);
    const clujCsv = await t.app.inject({ url: '/api/ocsp-log/export.csv', headers: { cookie: cluj.cookie } });
    expect(clujCsv.body).toContain(`'=HYPERLINK(""x"")`);
  });

  it('rejects a malformed cursor and needs the right', async () => {
    expect((await get('cursor=abc')).statusCode).toBe(400);
    const nobody = await t.createStaff({ house: 'CAS-AB', roles: [] });
    expect((await get('', nobody.cookie)).statusCode).toBe(403);
  });
});
