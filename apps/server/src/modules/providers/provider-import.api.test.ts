import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueFiscalCode } from '../../../test/factories';
import { createTestApp, type StaffSession, type TestApp, uniqueName } from '../../../test/test-app';

let t: TestApp;
let operator: StaffSession;
beforeAll(async () => {
  t = await createTestApp();
  operator = await t.createStaff({ house: 'CAS-SB', roles: ['CJAS_OPERATOR'] });
});
afterAll(() => t.close());

const HEADER =
  'Cod;Denumire;CUI;Categorie;Nr. contract;Data început contract;Data sfârșit contract;Adresă;Activ';

function row(code: string, name: string, cui: string, extra = 'MF;C-1;01.01.2026;31.12.2026;Sibiu;da') {
  return `${code};${name};${cui};${extra}`;
}

const importCsv = (csv: string, accept = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url: '/api/providers/import',
    headers: { cookie: operator.cookie, 'content-type': 'text/csv', accept },
    payload: csv,
  });

describe('CSV import of providers', () => {
  it('imports a spreadsheet export (semicolons, Romanian headers, DD.MM.YYYY, cedillas) and updates on re-import', async () => {
    const prefix = uniqueName('IMP').toUpperCase();
    const cuis = [uniqueFiscalCode(), uniqueFiscalCode(), uniqueFiscalCode()];
    const csv = [
      HEADER,
      row(`${prefix}1`, 'Cabinet Dr. Şerban', cuis[0] ?? ''),
      row(`${prefix}2`, 'Farmacia Ţara Bârsei', cuis[1] ?? '', 'FARM;F-2;2026-02-01;2026-12-31;Sibiu;'),
      row(`${prefix}3`, 'Spitalul Municipal', cuis[2] ?? '', 'SPT;S-3;01.01.2026;31.12.2027;Mediaș;nu'),
    ].join('\r\n');
    const response = await importCsv(`\uFEFF${csv}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ total: 3, created: 3, updated: 0, errors: [] });
    const found = await t.app.inject({
      url: `/api/providers?code=${prefix}2`,
      headers: { cookie: operator.cookie },
    });
    expect(found.json().items[0]).toMatchObject({
      name: 'Farmacia Țara Bârsei',
      category: 'FARM',
      contractStart: '2026-02-01',
      insuranceHouse: 'CAS-SB',
      active: true,
    });
    const again = await importCsv(
      [HEADER, row(`${prefix}3`, 'Spitalul Municipal Mediaș', cuis[2] ?? '')].join('\n'),
    );
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('saves nothing when any row is wrong and reports every problem by row', async () => {
    const prefix = uniqueName('BAD').toUpperCase();
    const duplicated = uniqueFiscalCode();
    const csv = [
      HEADER,
      row(`${prefix}1`, 'Bun', uniqueFiscalCode()),
      row(`${prefix}2`, 'CUI greșit', '18547291'),
      row(`${prefix}3`, 'Categorie greșită', uniqueFiscalCode(), 'XX;C;01.01.2026;31.12.2026;;'),
      row(`${prefix}4`, 'Primul', duplicated),
      row(`${prefix}5`, 'Al doilea cu același CUI', duplicated),
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('IMPORT_REJECTED');
    expect(response.json().error.message).toMatch(/Nu s-a salvat nimic/);
    const lines = response
      .json()
      .report.errors.map((e: { line: number; field: string }) => [e.line, e.field]);
    expect(lines).toEqual([
      [3, 'fiscalCode'],
      [4, 'category'],
      [6, 'fiscalCode'],
    ]);
    const saved = await t.app.inject({
      url: `/api/providers?code=${prefix}1`,
      headers: { cookie: operator.cookie },
    });
    expect(saved.json().total).toBe(0);
  });

  it('streams progress lines and a final result when asked for NDJSON', async () => {
    const prefix = uniqueName('ND').toUpperCase();
    const rows = Array.from({ length: 1200 }, (_, i) =>
      row(`${prefix}${i}`, `Furnizor ${i}`, uniqueFiscalCode()),
    );
    const unique = new Set(rows.map((r) => r.split(';')[2]));
    if (unique.size !== rows.length) return; // a random CUI collision; the other tests cover errors
    const response = await importCsv([HEADER, ...rows].join('\n'), 'application/x-ndjson');
    expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const progress = lines.filter((line) => line.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toMatchObject({ phase: 'save', done: 1200, total: 1200 });
    expect(lines.at(-1)).toEqual({
      type: 'result',
      ok: true,
      report: { total: 1200, created: 1200, updated: 0, errors: [] },
    });
  });

  it('explains a file without the required columns or without rows', async () => {
    const noColumns = await importCsv('nume,oras\nX,Y\n');
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().error.message).toMatch(/lipsesc coloanele: code, fiscalCode, category/);
    const empty = await importCsv(`${HEADER}\n`);
    expect(empty.json().error.code).toBe('IMPORT_EMPTY');
  });
});
