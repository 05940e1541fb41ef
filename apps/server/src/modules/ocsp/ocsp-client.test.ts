/**
 * The OCSP client's checks, one failure at a time. The issuer's responder is played by our own codec
 * (signing as the issuer's delegated responder) behind a fake fetch, so each test can bend exactly
 * one thing; ocsp-client.openssl.test.ts covers the real network and an independent responder.
 */

import { BasicOCSPResponse, OCSPResponse } from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { id_kp_clientAuth } from '@peculiar/asn1-x509';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createStandaloneOcspSigner,
  createTestCa,
  issueLeafCertificate,
  issueOcspSigner,
  type TestCa,
  type TestCertificate,
} from '../../../test/pki';
import { buildOcspRequest, OcspClientError, type OcspClientErrorCode, queryOcsp } from './ocsp-client';
import {
  type CertificateStatus,
  createOcspResponder,
  type OcspCertId,
  ocspErrorResponse,
  parseOcspRequest,
  type SingleResponseInput,
} from './ocsp-codec';

const MINUTE_MS = 60_000;

let ca: TestCa;
let otherCa: TestCa;
let leaf: TestCertificate;
let delegatedSigner: TestCertificate;
let standalone: TestCertificate;
let noEkuSigner: TestCertificate;
let lookalikeSigner: TestCertificate;

interface FakeResponder {
  signer?: TestCertificate;
  status?: CertificateStatus;
  /** Changes what is signed, to break one property of an otherwise valid answer. */
  bend?: (input: { certId: OcspCertId; nonce: Uint8Array | null; now: Date }) => {
    responses?: SingleResponseInput[];
    nonce?: Uint8Array | null;
  };
  /** Changes the bytes after signing. */
  corrupt?: (der: Uint8Array) => Uint8Array;
}

function fakeFetch(fake: FakeResponder = {}): typeof fetch {
  const signer = fake.signer ?? delegatedSigner;
  const responder = createOcspResponder({
    certificateDer: signer.certificateDer,
    privateKey: signer.privateKey,
  });
  return async (_url, init) => {
    const request = parseOcspRequest(new Uint8Array(await new Response(init?.body).arrayBuffer()));
    const certId = request.requests[0];
    if (!certId) throw new Error('the client sent no CertID');
    const now = new Date();
    const bent = fake.bend?.({ certId, nonce: request.nonce, now }) ?? {};
    const der = responder.signResponse({
      producedAt: now,
      nonce: 'nonce' in bent ? bent.nonce : request.nonce,
      responses: bent.responses ?? [
        {
          certId,
          status: fake.status ?? { kind: 'good' },
          thisUpdate: now,
          nextUpdate: new Date(now.getTime() + 10 * MINUTE_MS),
        },
      ],
    });
    return new Response(fake.corrupt ? fake.corrupt(der) : der, {
      headers: { 'content-type': 'application/ocsp-response' },
    });
  };
}

const query = (fetchImpl: typeof fetch, extra: Partial<Parameters<typeof queryOcsp>[0]> = {}) =>
  queryOcsp({
    url: 'http://ocsp.test/',
    certificate: leaf.certificate,
    issuer: ca.certificate,
    timeoutMs: 2_000,
    fetchImpl,
    ...extra,
  });

async function failureCode(promise: Promise<unknown>): Promise<OcspClientErrorCode | 'RESOLVED' | 'OTHER'> {
  try {
    await promise;
    return 'RESOLVED';
  } catch (error) {
    return error instanceof OcspClientError ? error.code : 'OTHER';
  }
}

beforeAll(async () => {
  ca = await createTestCa({ name: 'Emitent' });
  otherCa = await createTestCa({ name: 'Alt emitent' });
  leaf = await issueLeafCertificate(ca, { commonName: 'Furnizor', serialNumber: '1234' });
  delegatedSigner = await issueOcspSigner(ca);
  standalone = await createStandaloneOcspSigner();
  noEkuSigner = await issueOcspSigner(ca, { extendedKeyUsage: [id_kp_clientAuth] });
  // Same subject name as the issuer, different key: only the signature check tells them apart.
  lookalikeSigner = await issueOcspSigner(await createTestCa({ name: 'Emitent' }));
});

describe('queryOcsp', () => {
  it('sends a POST with an OCSP request carrying a 32-byte nonce and reads the answer', async () => {
    let seen: { method?: string; contentType?: string | null; nonceLength?: number; serial?: string } = {};
    const inner = fakeFetch({
      status: { kind: 'revoked', revokedAt: new Date('2026-02-02T00:00:00Z'), reason: 'keyCompromise' },
    });
    const fetchImpl: typeof fetch = async (url, init) => {
      const request = parseOcspRequest(new Uint8Array(await new Response(init?.body).arrayBuffer()));
      seen = {
        method: init?.method,
        contentType: new Headers(init?.headers).get('content-type'),
        nonceLength: request.nonce?.length,
        serial: request.requests[0]?.serialNumber,
      };
      return inner(url, init);
    };
    const result = await query(fetchImpl, { hash: 'sha256' });
    expect(seen).toEqual({
      method: 'POST',
      contentType: 'application/ocsp-request',
      nonceLength: 32,
      serial: '1234',
    });
    expect(result).toMatchObject({ status: 'revoked', reason: 'keyCompromise', signedBy: 'delegated' });
    expect(result.revokedAt?.toISOString()).toBe('2026-02-02T00:00:00.000Z');
  });

  it('accepts a response signed by the issuer itself', async () => {
    expect(await query(fakeFetch({ signer: ca }))).toMatchObject({ status: 'good', signedBy: 'issuer' });
  });

  it.each<[string, () => FakeResponder | typeof fetch, OcspClientErrorCode]>([
    ['a responder certificate from another CA', () => ({ signer: otherCa }), 'BAD_SIGNATURE'],
    [
      'a self-signed responder the issuer never delegated to',
      () => ({ signer: standalone }),
      'BAD_SIGNATURE',
    ],
    [
      'a delegated certificate without the OCSPSigning usage',
      () => ({ signer: noEkuSigner }),
      'BAD_SIGNATURE',
    ],
    [
      'a delegated certificate issued by another CA with the issuer’s name',
      () => ({ signer: lookalikeSigner }),
      'BAD_SIGNATURE',
    ],
    ['a signature that does not match', () => ({ corrupt: flipLastSignatureByte }), 'BAD_SIGNATURE'],
    ['another nonce', () => ({ bend: () => ({ nonce: Uint8Array.of(1, 2, 3) }) }), 'NONCE_MISMATCH'],
    ['no nonce', () => ({ bend: () => ({ nonce: null }) }), 'NONCE_MISMATCH'],
    [
      'an answer about another certificate',
      () => ({ bend: ({ now }) => ({ responses: [otherSerialResponse(now)] }) }),
      'CERT_ID_MISMATCH',
    ],
    [
      'a nextUpdate in the past',
      () => ({ bend: ({ certId, now }) => ({ responses: [timed(certId, now, -20, -10)] }) }),
      'STALE',
    ],
    [
      'a thisUpdate in the future',
      () => ({ bend: ({ certId, now }) => ({ responses: [timed(certId, now, 10, 20)] }) }),
      'STALE',
    ],
    [
      'bytes that are no OCSP response',
      () => ({ corrupt: () => Uint8Array.of(0x30, 0x03, 0x01, 0x01, 0xff) }),
      'MALFORMED',
    ],
    ['an empty body', () => ({ corrupt: () => new Uint8Array(0) }), 'MALFORMED'],
    ['tryLater', () => ({ corrupt: () => ocspErrorResponse('tryLater') }), 'RESPONDER_ERROR'],
    ['HTTP 503', () => async () => new Response('busy', { status: 503 }), 'HTTP_STATUS'],
    ['a network failure', () => async () => Promise.reject(new TypeError('fetch failed')), 'UNREACHABLE'],
  ])('refuses %s', async (_label, make, code) => {
    const made = make();
    expect(await failureCode(query(typeof made === 'function' ? made : fakeFetch(made)))).toBe(code);
  });

  it('tolerates a missing nonce when told the responder pre-signs its answers', async () => {
    const result = await query(fakeFetch({ bend: () => ({ nonce: null }) }), { requireNonceEcho: false });
    expect(result.status).toBe('good');
    expect(
      await failureCode(
        query(fakeFetch({ bend: () => ({ nonce: Uint8Array.of(9) }) }), { requireNonceEcho: false }),
      ),
    ).toBe('NONCE_MISMATCH');
  });

  it('allows a small clock skew', async () => {
    const result = await query(
      fakeFetch({ bend: ({ certId, now }) => ({ responses: [timed(certId, now, 2, 12)] }) }),
    );
    expect(result.status).toBe('good');
  });

  it('gives up after timeoutMs when the responder never answers', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const started = Date.now();
    expect(await failureCode(query(hanging, { timeoutMs: 150 }))).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

/** Flips one bit of the signature inside a DER OCSPResponse, leaving everything else as signed. */
function flipLastSignatureByte(der: Uint8Array): Uint8Array {
  const response = AsnConvert.parse(der, OCSPResponse);
  const responseBytes = response.responseBytes;
  if (!responseBytes) throw new Error('not a successful response');
  const basic = AsnConvert.parse(responseBytes.response.buffer, BasicOCSPResponse);
  const signature = new Uint8Array(basic.signature);
  signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 0x01;
  basic.signature = signature.buffer;
  responseBytes.response = new OctetString(AsnConvert.serialize(basic));
  return new Uint8Array(AsnConvert.serialize(response));
}

function timed(
  certId: OcspCertId,
  now: Date,
  thisUpdateMinutes: number,
  nextUpdateMinutes: number,
): SingleResponseInput {
  return {
    certId,
    status: { kind: 'good' },
    thisUpdate: new Date(now.getTime() + thisUpdateMinutes * MINUTE_MS),
    nextUpdate: new Date(now.getTime() + nextUpdateMinutes * MINUTE_MS),
  };
}

function otherSerialResponse(now: Date): SingleResponseInput {
  // Same issuer, one serial further than the certificate asked about.
  const request = buildOcspRequest({
    certificate: { serialNumber: '1235' },
    issuer: ca.certificate,
    nonce: false,
  });
  const certId = parseOcspRequest(request.der).requests[0] ?? { der: new Uint8Array() };
  return {
    certId,
    status: { kind: 'good' },
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + MINUTE_MS),
  };
}
