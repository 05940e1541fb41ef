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

  it('lists a period in id order even when the times were written out of order', async () => {
    // Rows whose times do not follow their ids (clocks of several instances, a slow writer): the
    // period is decided by `at`, the order and the cursor by id, exactly as without an index.
    const code = uniqueName('PER').toUpperCase();
    const days = [20, 5, 15, 1, 12, 31, 10, 14, 4];
    for (const [n, day] of days.entries()) {
      await logOnlineOperation(t.database.db, {
        houseCode: 'CAS-AB',
        operation: n % 2 === 0 ? 'REPORT' : 'SESSION',
        result: 'ALLOWED',
        clientIp: '10.1.1.1',
        providerCode: code,
        at: new Date(Date.UTC(2026, 9, day, 12)),
      });
    }
    const all = (await get(`providerCode=${code}&limit=100`)).json().items as { id: string; at: string }[];
    expect(all).toHaveLength(days.length);
    const walk = async (query: string, cookie = alba.cookie) => {
      const seen: { id: string; at: string; operation: string }[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: typeof seen; nextCursor: string | null } = (
          await get(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, cookie)
        ).json();
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const inPeriod = all.filter((e) => e.at >= '2026-10-05' && e.at < '2026-10-16');
    expect(inPeriod.map((e) => e.at.slice(8, 10))).toEqual(['14', '10', '12', '15', '05']);
    const cjas = await walk(`providerCode=${code}&from=2026-10-05&to=2026-10-15`);
    expect(cjas.map((e) => e.id)).toEqual(inPeriod.map((e) => e.id));
    const admin = await t.loginAdmin();
    const cnas = await walk(`providerCode=${code}&from=2026-10-05&to=2026-10-15`, admin);
    expect(cnas.map((e) => e.id)).toEqual(inPeriod.map((e) => e.id));
    const reports = await walk(
      `providerCode=${code}&operation=REPORT&from=2026-10-05T00:00:00Z&to=2026-10-16`,
    );
    expect(reports.map((e) => e.at.slice(8, 10))).toEqual(['10', '12', '15']);
  });

  it('rejects a malformed cursor and needs the right', async () => {
    expect((await get('cursor=abc')).statusCode).toBe(400);
    const nobody = await t.createStaff({ house: 'CAS-AB', roles: [] });
    expect((await get('', nobody.cookie)).statusCode).toBe(403);
  });
});
