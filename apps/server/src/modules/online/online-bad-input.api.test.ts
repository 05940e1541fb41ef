/**
 * The bad-input battery on the provider side: the online gateway's routes, with a valid client
 * certificate and session (the hardest case: every check passed, only the input is wrong), fed
 * malformed JSON, wrong types, hostile strings, random JSON and random query values. Every answer
 * must be a clear 4xx with an error code and message, never a 5xx, and no refused report stored.
 */
import https from 'node:https';
import { providerCategorySchema } from '@siui/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey, providerWithExternalUser, registerAuthority } from '../../../test/factories';
import {
  callOnline,
  type OnlineAnswer,
  type OnlineCall,
  startTestGateway,
} from '../../../test/online-client';
import { keyFromAgreementText, pdfText } from '../../../test/pdf-text';
import { createTestCa, issueLeafCertificate, type TestCertificate } from '../../../test/pki';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let leaf: TestCertificate;
let token: string;
let providerId: string;
const agent = new https.Agent({ keepAlive: true, maxSockets: 4 });
let tried = 0;

const HOSTILE = [
  "' OR '1'='1' --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'a\u0000b',
  '\u202Eevil',
  '{{7*7}}',
  'x'.repeat(100_000),
  '',
];
const MALFORMED_JSON = ['{', '{"type":', '[1,2', 'nul', '{"a" 1}', '\u0000', '{}}'];
const WRONG_TYPES: unknown[] = [null, 0, 1e308, true, 'text', [], [1, 2], {}];

beforeAll(async () => {
  t = await createTestApp();
  gateway = await startTestGateway(t);
  const operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  const ca = await createTestCa({ name: 'Emitent Baterie Online' });
  await registerAuthority(t, ca.certificatePem, { ocspUrl: null });
  const { provider, user } = await providerWithExternalUser(t, operator.cookie);
  providerId = provider.id;
  const key = keyFromAgreementText(
    await pdfText((await issueKey(t, operator.cookie, provider.id, true)).rawPayload),
  );
  leaf = await issueLeafCertificate(ca, { commonName: 'Clinica Baterie' });
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/user-certificates',
    headers: { cookie: operator.cookie },
    payload: { userId: user.id, certificatePem: leaf.certificatePem },
  });
  expect(registered.statusCode).toBe(201);
  const session = await call({ auth: { username: user.username, password: key } });
  expect(session.status).toBe(200);
  token = String(session.json().token);
}, 60_000);
afterAll(async () => {
  agent.destroy();
  await gateway?.gateway.close();
  await t?.close();
  process.stdout.write(`online bad inputs tried: ${tried}\n`);
});

function call(extra: Partial<OnlineCall>): Promise<OnlineAnswer> {
  return callOnline(gateway, {
    path: '/online/v1/session',
    cert: leaf.certificatePem,
    key: leaf.privateKeyPem,
    agent,
    ...extra,
  });
}

/** A refused input: 4xx with a code and a message, nothing else. */
async function expectClearRefusal(extra: Partial<OnlineCall>): Promise<void> {
  tried += 1;
  const answer = await call({ token, ...extra });
  const where = `${extra.method ?? 'GET'} ${extra.path} ${JSON.stringify(extra.body ?? extra.rawBody?.bytes.toString().slice(0, 60))}`;
  expect(answer.status, where).toBeGreaterThanOrEqual(400);
  expect(answer.status, where).toBeLessThan(500);
  const error = answer.json().error;
  expect(error?.code, where).toMatch(/^[A-Z_]+$/);
  expect(error?.message?.length ?? 0, where).toBeGreaterThan(5);
  expect(JSON.stringify(answer.body), where).not.toMatch(/\bat .+\.(ts|js):\d+|SELECT |INSERT /);
}

const report = (overrides: Record<string, unknown>) => ({
  type: 'CLIN',
  period: '2026-10',
  idempotencyKey: 'baterie-1',
  lines: [{ cnp: '1630615123458', serviceCode: 'C001', date: '2026-10-06', quantity: 1 }],
  ...overrides,
});

describe('online gateway bad-input battery', () => {
  it('answers malformed JSON, other content types and random bytes with 4xx', async () => {
    for (const text of MALFORMED_JSON) {
      await expectClearRefusal({
        method: 'POST',
        path: '/online/v1/reports',
        rawBody: { contentType: 'application/json', bytes: Buffer.from(text) },
      });
    }
    for (const contentType of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x']) {
      await expectClearRefusal({
        method: 'POST',
        path: '/online/v1/reports',
        rawBody: { contentType, bytes: Buffer.from('type=CLIN') },
      });
    }
    await expectClearRefusal({
      method: 'POST',
      path: '/online/v1/reports',
      rawBody: { contentType: 'application/json', bytes: Buffer.alloc(3 * 1024 * 1024, 0x20) },
    });
  });

  it('answers wrong types and hostile strings in every field of a report with 4xx', async () => {
    const fields = ['type', 'period', 'idempotencyKey', 'lines'];
    const lineFields = ['cnp', 'serviceCode', 'date', 'quantity'];
    for (const value of [...WRONG_TYPES, ...HOSTILE]) {
      for (const field of fields) {
        // An empty report is well-formed: SIUI answers it INVALID (REPORT_EMPTY), see report validation.
        if (field === 'lines' && Array.isArray(value) && value.length === 0) continue;
        await expectClearRefusal({
          method: 'POST',
          path: '/online/v1/reports',
          body: report({ [field]: value }),
        });
      }
      for (const field of lineFields) {
        const line = {
          cnp: '1630615123458',
          serviceCode: 'C001',
          date: '2026-10-06',
          quantity: 1,
          [field]: value,
        };
        // A hostile string where the rules take any text is a line SIUI rejects, not a bad request.
        const answer = await call({
          token,
          method: 'POST',
          path: '/online/v1/reports',
          body: report({ idempotencyKey: `b-${tried}`, lines: [line] }),
        });
        tried += 1;
        expect(answer.status).toBeLessThan(500);
        if (answer.status === 200)
          expect(answer.json()).toMatchObject({ state: 'INVALID', acceptedLines: 0 });
      }
    }
    for (const key of ['{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}']) {
      await expectClearRefusal({
        method: 'POST',
        path: '/online/v1/reports',
        rawBody: { contentType: 'application/json', bytes: Buffer.from(key) },
      });
    }
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it('answers random JSON bodies and random query values with 4xx (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await expectClearRefusal({ method: 'POST', path: '/online/v1/reports', body: value });
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(
        // Never a real category or time by chance: those are answered 200.
        fc
          .string({ minLength: 1 })
          .filter(
            (value) => !providerCategorySchema.safeParse(value).success && Number.isNaN(Date.parse(value)),
          ),
        async (value) => {
          const q = encodeURIComponent(value);
          await expectClearRefusal({ path: `/online/v1/messages?since=${q}` });
          await expectClearRefusal({ path: `/online/v1/nomenclatures/services?category=${q}` });
        },
      ),
      { numRuns: 100 },
    );
    for (const bad of ['x', "' OR 1=1 --", 'a'.repeat(10_000), '\u0000']) {
      await expectClearRefusal({ path: '/online/v1/heartbeat', token: encodeURIComponent(bad) });
      await expectClearRefusal({
        method: 'DELETE',
        path: '/online/v1/session',
        token: encodeURIComponent(bad),
      });
    }
  }, 120_000);

  it('stored no refused report, and the session still works', async () => {
    const stored = await t.database.db
      .selectFrom('reports')
      .select(['idempotency_key', 'state'])
      .where('provider_id', '=', providerId)
      .execute();
    // Only the well-formed reports with a hostile value in a line were taken (and found invalid).
    expect(stored.every((row) => row.idempotency_key.startsWith('b-') && row.state === 'INVALID')).toBe(true);
    expect((await call({ token, path: '/online/v1/heartbeat' })).status).toBe(200);
  });
});
