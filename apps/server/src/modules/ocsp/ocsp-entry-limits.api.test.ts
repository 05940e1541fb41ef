/**
 * What a sender can make the OCSP entry point spend: requests over the size or CertID limits are
 * malformedRequest before the database is asked, one address over its rate gets tryLater while the
 * others are answered, and a flood of distinct padded requests leaves the caches within their
 * caps, kept under 32-byte digests. The routes, the service, the caches and the database are the
 * real ones; the database handle only counts the queries it runs.
 */
import { randomBytes } from 'node:crypto';
import { BasicOCSPResponse, OCSPRequest, OCSPResponse, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Extension } from '@peculiar/asn1-x509';
import Fastify, { type FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerWithExternalUser, registerAuthority } from '../../../test/factories';
import { createTestCa, issueLeafCertificate, type TestCa } from '../../../test/pki';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { ocspRoutes } from './ocsp.routes';
import { MAX_ANSWER_BYTES, MAX_ANSWERS } from './ocsp-cache';
import { certIdOf, createOcspResponder, issuerCertIdHashes, MAX_OCSP_REQUEST_BYTES } from './ocsp-codec';
import { nonceExtension } from './ocsp-nonce';
import { MAX_ADDRESSES, OcspRateLimiter } from './ocsp-rate-limit';
import { MAX_PARSED_REQUEST_BYTES, MAX_PARSED_REQUESTS } from './ocsp-request-cache';
import { OcspResponderService } from './ocsp-responder.service';
import { loadResponderIdentity } from './responder-identity';

const FROZEN = new Date('2026-03-02T10:00:00Z');
const MALFORMED = [0x30, 0x03, 0x0a, 0x01, 0x01];
const TRY_LATER = [0x30, 0x03, 0x0a, 0x01, 0x03];
/** A private-arc OID: a non-critical extension any sender may add, and the responder ignores. */
const PADDING_OID = '1.3.6.1.4.1.99999.7';

let t: TestApp;
let operator: StaffSession;
let ca: TestCa;
let registeredSerial: string;

beforeAll(async () => {
  // The frozen clock also drives the rate limit: its buckets never refill by themselves.
  t = await createTestApp({
    clock: () => FROZEN,
    env: { SIUI_OCSP_RATE_PER_SECOND: '1', SIUI_OCSP_RATE_BURST: '5' },
  });
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  ca = await createTestCa({ name: 'Emitent Limite OCSP' });
  await registerAuthority(t, ca.certificatePem);
  const leaf = await issueLeafCertificate(ca, { commonName: 'Limite OCSP' });
  const { user } = await providerWithExternalUser(t, operator.cookie);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/user-certificates',
    headers: { cookie: operator.cookie },
    payload: { userId: user.id, certificatePem: leaf.certificatePem },
  });
  expect(created.statusCode).toBe(201);
  registeredSerial = leaf.certificate.serialNumber;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

/** The real routes over the test database, its queries and notification barriers counted. */
async function countingResponder(limiter: OcspRateLimiter) {
  const counted = { queries: 0, barriers: 0 };
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counted.queries += 1;
      return args.result;
    },
  };
  const identity = await loadResponderIdentity(t.config.ocspSigner);
  const responder = createOcspResponder(identity);
  const service = new OcspResponderService(t.database.db.withPlugin(counter), responder);
  const database = t.database;
  const app: FastifyInstance = Fastify();
  await app.register(ocspRoutes, {
    service,
    responder,
    responderPem: identity.certificatePem,
    limiter,
    notifications: {
      listen: (channel, onPayload) => database.listen(channel, onPayload),
      ...(database.syncNotifications
        ? {
            syncNotifications: () => {
              counted.barriers += 1;
              return database.syncNotifications?.() ?? Promise.resolve();
            },
          }
        : {}),
    },
  });
  await app.ready();
  return { app, service, counted };
}

function ocspRequest(
  serials: string[],
  options: { nonce?: Uint8Array; padding?: number; hash?: 'sha1' | 'sha256'; issuer?: TestCa } = {},
): Uint8Array {
  const issuer = options.issuer ?? ca;
  const hashAlgorithm = options.hash ?? 'sha1';
  const extensions: Extension[] = [];
  if (options.nonce) extensions.push(nonceExtension(options.nonce));
  if (options.padding) {
    extensions.push(
      new Extension({ extnID: PADDING_OID, extnValue: new OctetString(randomBytes(options.padding)) }),
    );
  }
  const requestList = serials.map(
    (serialNumber) =>
      new Request({
        reqCert: certIdOf({
          hashAlgorithm,
          ...issuerCertIdHashes(issuer.certificate)[hashAlgorithm],
          serialNumber,
        }),
      }),
  );
  return new Uint8Array(
    AsnConvert.serialize(
      new OCSPRequest({
        tbsRequest: new TBSRequest({
          requestList,
          ...(extensions.length > 0 ? { requestExtensions: extensions } : {}),
        }),
      }),
    ),
  );
}

const randomSerial = () => `7${randomBytes(15).toString('hex').toUpperCase()}`;

function post(app: FastifyInstance, der: Uint8Array, remoteAddress = '192.0.2.10') {
  return app.inject({
    method: 'POST',
    url: '/ocsp',
    headers: { 'content-type': 'application/ocsp-request' },
    payload: Buffer.from(der),
    remoteAddress,
  });
}

function get(app: FastifyInstance, der: Uint8Array, remoteAddress = '192.0.2.10') {
  return app.inject({
    method: 'GET',
    url: `/ocsp/${encodeURIComponent(Buffer.from(der).toString('base64'))}`,
    remoteAddress,
  });
}

function statusOf(body: Buffer): { status: number; responses: number } {
  const response = AsnConvert.parse(body, OCSPResponse);
  const bytes = response.responseBytes?.response.buffer;
  if (!bytes) return { status: response.responseStatus, responses: 0 };
  const basic = AsnConvert.parse(bytes, BasicOCSPResponse);
  return { status: response.responseStatus, responses: basic.tbsResponseData.responses.length };
}

describe('OCSP requests over the limits', () => {
  it('are malformedRequest before any database query: over 4 KiB, 9 CertIDs; 8 are answered', async () => {
    const { app, counted } = await countingResponder(new OcspRateLimiter({ perSecond: 1e6, burst: 1e6 }));
    const oversized = ocspRequest([randomSerial()], { padding: MAX_OCSP_REQUEST_BYTES });
    expect(oversized.byteLength).toBeGreaterThan(MAX_OCSP_REQUEST_BYTES);
    const nine = ocspRequest(Array.from({ length: 9 }, randomSerial), { nonce: randomBytes(16) });
    const refused = [
      await post(app, oversized),
      await get(app, oversized),
      await post(app, nine),
      await get(app, nine),
      // Beyond the body limit too: not even read, still an OCSP answer rather than an HTTP error.
      await post(app, new Uint8Array(1024 * 1024).fill(0x30)),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/ocsp-response');
      expect([...response.rawPayload]).toEqual(MALFORMED);
    }
    expect(counted).toEqual({ queries: 0, barriers: 0 });

    const eight = ocspRequest([registeredSerial, ...Array.from({ length: 7 }, randomSerial)], {
      nonce: randomBytes(16),
    });
    const answered = statusOf((await post(app, eight)).rawPayload);
    expect(answered).toEqual({ status: 0, responses: 8 });
    expect(counted.queries).toBeGreaterThan(0);
    await app.close();
  });
});

describe('OCSP rate limit per address', () => {
  it('answers a flooding address tryLater, however it spells itself, while another is answered', async () => {
    const der = ocspRequest([registeredSerial], { nonce: randomBytes(16) });
    const flood = [];
    for (let n = 0; n < 40; n += 1) flood.push(await post(t.app, der, '198.51.100.7'));
    const statuses = flood.map((response) => statusOf(response.rawPayload).status);
    // SIUI_OCSP_RATE_BURST=5 and a clock that does not move: five answers, then only tryLater.
    expect(statuses.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([3]));
    const throttled = flood[5];
    expect(throttled?.statusCode).toBe(200);
    expect([...(throttled?.rawPayload ?? [])]).toEqual(TRY_LATER);
    expect(throttled?.headers['retry-after']).toBe('1');
    expect(throttled?.headers['cache-control']).toBe('no-store');
    // The same address written IPv4-mapped, and GET as well as POST, share the bucket.
    expect([...(await post(t.app, der, '::ffff:198.51.100.7')).rawPayload]).toEqual(TRY_LATER);
    expect([...(await get(t.app, der, '198.51.100.7')).rawPayload]).toEqual(TRY_LATER);

    expect(statusOf((await post(t.app, der, '198.51.100.8')).rawPayload).status).toBe(0);
    expect(statusOf((await get(t.app, der, '203.0.113.1')).rawPayload).status).toBe(0);
  });

  it('counts an IPv6 client by its /64, whatever the interface part', async () => {
    const der = ocspRequest([registeredSerial], { nonce: randomBytes(16) });
    const statuses = [];
    for (let n = 1; n <= 8; n += 1) {
      statuses.push(
        statusOf((await post(t.app, der, `2001:db8:aa:bb::${n.toString(16)}`)).rawPayload).status,
      );
    }
    expect(statuses).toEqual([0, 0, 0, 0, 0, 3, 3, 3]);
    expect(statusOf((await post(t.app, der, '2001:db8:aa:bc::1')).rawPayload).status).toBe(0);
  });
});

describe('OCSP under a flood of distinct padded requests', () => {
  it('keeps every cache within its caps, under 32-byte digests, and answers as before', async () => {
    const limiter = new OcspRateLimiter({ perSecond: 100, burst: 300 });
    const { app, service } = await countingResponder(limiter);
    // An issuer no house trusts: one database read for it, then every CertID is answered unknown.
    const stranger = await createTestCa({ name: 'Emitent Necunoscut' });
    // 2,000 through HTTP here (each costs a notification barrier on PostgreSQL); the caches take
    // 20,000 each in ocsp-request-cache.test.ts, ocsp-cache.test.ts and ocsp-rate-limit.test.ts.
    for (let n = 0; n < 2_000; n += 1) {
      // Each from its own address (a botnet, or one spoofing sender behind a careless proxy).
      const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      const serials = Array.from({ length: 8 }, randomSerial);
      const response =
        n % 2 === 0
          ? await get(app, ocspRequest(serials, { padding: 3000, issuer: stranger }), address)
          : await post(
              app,
              ocspRequest(serials, {
                padding: 2600,
                nonce: randomBytes(32),
                hash: 'sha256',
                issuer: stranger,
              }),
              address,
            );
      if (statusOf(response.rawPayload).status !== 0) throw new Error(`request ${n} refused`);
    }
    const size = service.cacheSize();
    expect(size.requests.entries).toBeGreaterThan(0);
    expect(size.requests.entries).toBeLessThanOrEqual(MAX_PARSED_REQUESTS);
    expect(size.requests.bytes).toBeLessThanOrEqual(MAX_PARSED_REQUEST_BYTES);
    expect(size.requests.longestKey).toBe(32);
    expect(size.answers.answers).toBeGreaterThan(0);
    expect(size.answers.answers).toBeLessThanOrEqual(MAX_ANSWERS);
    expect(size.answers.answerBytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    expect(size.answers.longestAnswerKey).toBe(32);
    expect(limiter.size()).toBeLessThanOrEqual(MAX_ADDRESSES);

    // Still answered as before: a kept GET answer is given again, never for a request with a nonce,
    // and a repeated request with a nonce carries its own.
    const certIds = [registeredSerial];
    const plain = ocspRequest(certIds);
    const first = await get(app, plain);
    expect((await get(app, plain)).rawPayload).toEqual(first.rawPayload);
    for (const nonce of [randomBytes(16), randomBytes(16)]) {
      const body = (await get(app, ocspRequest(certIds, { nonce }))).rawPayload;
      expect(body.includes(nonce)).toBe(true);
      expect(body).not.toEqual(first.rawPayload);
    }
    await app.close();
  }, 300_000);
});
