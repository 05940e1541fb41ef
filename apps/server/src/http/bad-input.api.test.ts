/**
 * The bad-input battery: every route of the staff/provider HTTP API fed malformed JSON, wrong
 * types, empty and huge bodies, hostile strings, prototype-pollution keys, invalid ids and random
 * values (fast-check). The answer must always be a clear 4xx (or, for OCSP, an OCSP error), never a
 * 5xx, never a stack trace or SQL, and nothing may be stored by a refused request.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, registerAuthority } from '../../test/factories';
import { createTestCa } from '../../test/pki';
import { createTestApp, type TestApp } from '../../test/test-app';

const HOSTILE_STRINGS = [
  "' OR '1'='1' --",
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  'a\u0000b',
  '\u202Eevil',
  '𝕊𝕀𝕌𝕀 🏥',
  '%00%2e%2e%2f',
  '$' + '{jndi:ldap://x}',
  '{{7*7}}',
  'x'.repeat(100_000),
  '',
  ' ',
];
const MALFORMED_JSON = ['{', '{"a":', '[1,2', 'nul', '{"a" 1}', '\u0000', '{}}', '"\\u12"'];
const WRONG_TYPES: unknown[] = [null, 0, -1, 1e308, true, 'text', [], [1, 2], {}, { a: { b: { c: [] } } }];
const POLLUTION = ['{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}'];
const BAD_IDS = [
  '1',
  "1'or'1'='1",
  '00000000-0000-0000-0000-000000000000',
  'zzzz',
  '..%2f..%2f',
  '%00',
  'a'.repeat(500),
];

let t: TestApp;
let cookie: string;
let providerId: string;
const tried = { requests: 0, routes: 0, byKind: {} as Record<string, number> };
const failures: string[] = [];
const accepted: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.loginAdmin();
  providerId = (await createProvider(t, cookie, { insuranceHouse: 'CAS-AB' })).id;
  await registerAuthority(t, (await createTestCa({ name: 'Battery CA' })).certificatePem, { ocspUrl: null });
}, 60_000);

afterAll(async () => {
  const summary = path.join(
    process.cwd(),
    'test-results',
    `bad-input-${process.env.SIUI_TEST_DATABASE ?? 'db'}.json`,
  );
  fs.mkdirSync(path.dirname(summary), { recursive: true });
  fs.writeFileSync(summary, JSON.stringify(tried, null, 2));
  await t.close();
});

function routesToAttack() {
  return t.app.registeredRoutes
    .filter(
      (route) =>
        (route.url.startsWith('/api/') || route.url.startsWith('/ocsp')) &&
        !route.url.startsWith('/api/docs'),
    )
    .filter((route) => route.url !== '/api/auth/logout');
}

function concreteUrl(url: string, id: string): string {
  return url.replace(':id', id).replace(':code', 'ROL_INEXISTENT').replace('*', 'MEUCAQ==');
}

async function attack(
  kind: string,
  method: string,
  url: string,
  payload?: string,
  contentType = 'application/json',
) {
  tried.requests += 1;
  tried.byKind[kind] = (tried.byKind[kind] ?? 0) + 1;
  const response = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie, ...(payload === undefined ? {} : { 'content-type': contentType }) },
    ...(payload === undefined ? {} : { payload }),
  });
  const call = `${method} ${url.split('?')[0]}`;
  if (response.statusCode < 300) accepted[call] = (accepted[call] ?? 0) + 1;
  const body = response.body;
  const problem =
    response.statusCode >= 500
      ? `${response.statusCode}`
      : /\bat \w+ \(|node_modules|syntax error at|SELECT |INSERT INTO|stack"/i.test(body)
        ? 'leaks internals'
        : undefined;
  if (problem) failures.push(`${kind} ${method} ${url} → ${problem}: ${body.slice(0, 200)}`);
  return response;
}

describe('bad-input battery', () => {
  it('never answers 5xx or leaks internals, whatever the body', async () => {
    const bodyRoutes = routesToAttack().filter(
      (route) => route.method !== 'GET' && route.method !== 'DELETE',
    );
    tried.routes = routesToAttack().length;
    for (const route of bodyRoutes) {
      const url = concreteUrl(route.url, providerId);
      for (const text of MALFORMED_JSON) await attack('malformed-json', route.method, url, text);
      for (const value of WRONG_TYPES) await attack('wrong-type', route.method, url, JSON.stringify(value));
      for (const text of POLLUTION) await attack('prototype-pollution', route.method, url, text);
      await attack('empty-body', route.method, url, '');
      await attack('huge-body', route.method, url, JSON.stringify({ x: 'y'.repeat(3 * 1024 * 1024) }));
      await attack('wrong-content-type', route.method, url, 'a,b,c', 'text/csv');
      await attack(
        'random-bytes',
        route.method,
        url,
        Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('latin1'),
        'application/octet-stream',
      );
      for (const hostile of HOSTILE_STRINGS) {
        const fields = [
          'username',
          'password',
          'fullName',
          'name',
          'code',
          'fiscalCode',
          'certificatePem',
          'serialNumber',
          'licenseSerial',
          'insuranceHouse',
          'userId',
        ];
        await attack(
          'hostile-strings',
          route.method,
          url,
          JSON.stringify(Object.fromEntries(fields.map((f) => [f, hostile]))),
        );
      }
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
          const response = await attack('fast-check-json', route.method, url, JSON.stringify(value));
          return response.statusCode < 500;
        }),
        { numRuns: 25 },
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers invalid ids and random query strings with 4xx', async () => {
    const routes = routesToAttack().filter((route) => route.method === 'GET' || route.url.includes(':id'));
    for (const route of routes) {
      if (route.url.includes(':id')) {
        for (const id of BAD_IDS)
          await attack('invalid-id', route.method, concreteUrl(route.url, encodeURIComponent(id)));
      }
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 4 }),
          async (query) => {
            const search = new URLSearchParams(query).toString();
            const response = await attack(
              'fast-check-query',
              route.method,
              `${concreteUrl(route.url, providerId)}?${search}`,
            );
            return response.statusCode < 500;
          },
        ),
        { numRuns: 15 },
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('treats random bytes as certificates and OCSP requests as what they are: not that', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2048 }), async (bytes) => {
        const base64 = Buffer.from(bytes).toString('base64');
        const authority = await attack(
          'random-certificate',
          'POST',
          '/api/issuing-authorities',
          JSON.stringify({ certificatePem: base64 || 'x' }),
        );
        const inspect = await attack(
          'random-certificate',
          'POST',
          '/api/user-certificates/inspect',
          JSON.stringify({ certificatePem: base64 || 'x' }),
        );
        tried.requests += 1;
        tried.byKind['random-ocsp-request'] = (tried.byKind['random-ocsp-request'] ?? 0) + 1;
        const ocsp = await t.app.inject({
          method: 'POST',
          url: '/ocsp',
          headers: { 'content-type': 'application/ocsp-request' },
          payload: Buffer.from(bytes),
        });
        return (
          authority.statusCode === 400 &&
          inspect.statusCode === 400 &&
          ocsp.statusCode === 200 &&
          ocsp.rawPayload.equals(Buffer.from([0x30, 0x03, 0x0a, 0x01, 0x01]))
        );
      }),
      { numRuns: 60 },
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('stored nothing for the refused requests', async () => {
    const providers = await t.database.db
      .selectFrom('providers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const authorities = await t.database.db
      .selectFrom('issuing_authorities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const keys = await t.database.db
      .selectFrom('activation_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(providers.n)).toBe(1);
    expect(Number(authorities.n)).toBe(1);
    // Keys exist only for the generate/reset calls that were accepted (an empty or `{}` body is valid there).
    const keyCalls = Object.entries(accepted)
      .filter(([call]) => call.startsWith('POST') && /\/activation-key(\/reset)?$/.test(call))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(Number(keys.n)).toBe(keyCalls);
  });
});
