import { verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BasicOCSPResponse,
  CertID,
  id_pkix_ocsp_nonce,
  OCSPRequest,
  OCSPResponse,
  Request,
  TBSRequest,
  type Version,
} from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Extension } from '@peculiar/asn1-x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStandaloneOcspSigner,
  createTempDir,
  createTestCa,
  issueLeafCertificate,
  runOpenssl,
  type TempDir,
  type TestCa,
  type TestCertificate,
} from '../../../test/pki';
import { toUpperHex } from '../../pki/bytes';
import {
  certIdOf,
  createOcspResponder,
  issuerCertIdHashes,
  OcspRequestError,
  type OcspRequestErrorCode,
  ocspErrorResponse,
  parseOcspRequest,
} from './ocsp-codec';

let dir: TempDir;
let ca: TestCa;
let leaf: TestCertificate;
let otherLeaf: TestCertificate;

async function opensslRequest(options: string[], certs: TestCertificate[] = [leaf]): Promise<Uint8Array> {
  const args = ['ocsp', ...options, '-issuer', 'ca.pem'];
  for (const [index, cert] of certs.entries()) {
    await dir.write(`cert${index}.pem`, cert.certificatePem);
    args.push('-cert', `cert${index}.pem`);
  }
  const result = await runOpenssl([...args, '-reqout', 'req.der'], { cwd: dir.path });
  expect(result.code, result.output).toBe(0);
  return new Uint8Array(await readFile(join(dir.path, 'req.der')));
}

function failureCode(der: Uint8Array): OcspRequestErrorCode | 'PARSED' | 'OTHER' {
  try {
    parseOcspRequest(der);
    return 'PARSED';
  } catch (error) {
    return error instanceof OcspRequestError ? error.code : 'OTHER';
  }
}

const sha1CertId = (serialNumber: string) =>
  certIdOf({ hashAlgorithm: 'sha1', ...issuerCertIdHashes(ca.certificate).sha1, serialNumber });
const encode = (value: object) => new Uint8Array(AsnConvert.serialize(value));
const requestOf = (certIds: CertID[], tbs: Partial<TBSRequest> = {}) =>
  encode(
    new OCSPRequest({
      tbsRequest: new TBSRequest({ requestList: certIds.map((reqCert) => new Request({ reqCert })), ...tbs }),
    }),
  );
const request = (...certIds: CertID[]) => requestOf(certIds);
const certIdWith = (hashAlgorithm: string, nameHash: number, keyHash: number, serial: number[]) =>
  new CertID({
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: hashAlgorithm }),
    issuerNameHash: new OctetString(nameHash),
    issuerKeyHash: new OctetString(keyHash),
    serialNumber: Uint8Array.from(serial).buffer,
  });

beforeAll(async () => {
  dir = await createTempDir();
  ca = await createTestCa({ name: 'Emitent Test' });
  leaf = await issueLeafCertificate(ca, { commonName: 'Furnizor', serialNumber: '00A30F' });
  otherLeaf = await issueLeafCertificate(ca, { commonName: 'Alt furnizor', serialNumber: '8001' });
  await dir.write('ca.pem', ca.certificatePem);
});

afterAll(() => dir.remove());

describe('parseOcspRequest', () => {
  it('reads openssl requests with SHA-1 and SHA-256 CertIDs, like asn1-ocsp does', async () => {
    const hashes = issuerCertIdHashes(ca.certificate);
    for (const [option, algorithm] of [
      [[], 'sha1'],
      [['-sha256'], 'sha256'],
    ] as const) {
      const der = await opensslRequest(['-no_nonce', ...option]);
      const parsed = parseOcspRequest(der);
      expect(parsed.nonce).toBeNull();
      expect(parsed.requests).toHaveLength(1);
      expect(parsed.requests[0]).toMatchObject({
        hashAlgorithm: algorithm,
        ...hashes[algorithm],
        serialNumber: 'A30F',
      });

      // The CertID echoed in the response is byte for byte the one openssl sent.
      const certIdDer = Buffer.from(parsed.requests[0]?.der ?? []);
      expect(certIdDer.length).toBeGreaterThan(40);
      expect(Buffer.from(der).includes(certIdDer)).toBe(true);
    }
  });

  it('reads the nonce and several CertIDs', async () => {
    const der = await opensslRequest([], [leaf, otherLeaf]);
    const parsed = parseOcspRequest(der);
    expect(parsed.requests.map((r) => r.serialNumber)).toEqual(['A30F', '8001']);
    const extension = AsnConvert.parse(der, OCSPRequest).tbsRequest.requestExtensions?.[0];
    const wrapped = new Uint8Array(extension?.extnValue.buffer ?? new ArrayBuffer(0));
    expect(parsed.nonce && toUpperHex(parsed.nonce)).toBe(toUpperHex(wrapped.subarray(2)));
    expect(parsed.nonce).toHaveLength(16);
  });

  it('keeps an unknown hash algorithm as its OID', () => {
    const certId = certIdWith('1.2.3.4', 10, 10, [7]);
    expect(parseOcspRequest(request(certId)).requests[0]?.hashAlgorithm).toBe('1.2.3.4');
  });

  const extension = (extnID: string, value: Uint8Array, critical = false) =>
    new Extension({ extnID, critical, extnValue: new OctetString(value) });
  const nonceExtension = (nonce: Uint8Array, critical = false) =>
    extension(id_pkix_ocsp_nonce, encode(new OctetString(nonce)), critical);
  const withExtensions = (...requestExtensions: Extension[]) =>
    requestOf([sha1CertId('01')], { requestExtensions });

  it.each<[string, () => Uint8Array, OcspRequestErrorCode]>([
    ['empty input', () => new Uint8Array(0), 'EMPTY'],
    ['a huge body', () => new Uint8Array(4097).fill(0x30), 'TOO_LARGE'],
    ['trailing garbage', () => Uint8Array.from([...request(sha1CertId('01')), 0, 0]), 'TRAILING_DATA'],
    ['an empty request list', () => request(), 'NO_REQUESTS'],
    [
      '9 CertIDs',
      () =>
        request(...Array.from({ length: 9 }, (_, i) => sha1CertId((i + 1).toString(16).padStart(2, '0')))),
      'TOO_MANY_REQUESTS',
    ],
    [
      'version 2',
      () =>
        requestOf([sha1CertId('01')], {
          version: 1 as Version /* there is no v2: built to test the refusal */,
        }),
      'UNSUPPORTED_VERSION',
    ],
    ['a truncated request', () => request(sha1CertId('01')).subarray(0, 30), 'MALFORMED'],
    ['an indefinite length', () => Uint8Array.of(0x30, 0x80, 0, 0), 'MALFORMED'],
    ['a SHA-1 hash of 19 bytes', () => request(certIdWith('1.3.14.3.2.26', 19, 20, [1])), 'BAD_CERT_ID'],
    ['an empty serial', () => request(certIdWith('1.3.14.3.2.26', 20, 20, [])), 'BAD_CERT_ID'],
    ['an empty nonce', () => withExtensions(nonceExtension(new Uint8Array(0))), 'BAD_NONCE'],
    ['a 129-byte nonce', () => withExtensions(nonceExtension(new Uint8Array(129))), 'BAD_NONCE'],
    [
      'an unknown critical extension',
      () => withExtensions(extension('1.2.3', new Uint8Array(1), true)),
      'UNSUPPORTED_CRITICAL_EXTENSION',
    ],
    [
      'the same extension twice',
      () => withExtensions(nonceExtension(Uint8Array.of(1)), nonceExtension(Uint8Array.of(2))),
      'MALFORMED',
    ],
    ['a certificate instead of a request', () => leaf.certificateDer, 'MALFORMED'],
  ])('refuses %s', (_label, build, code) => {
    expect(failureCode(build())).toBe(code);
  });

  it('accepts a critical nonce and ignores unknown non-critical extensions', () => {
    const nonce = Uint8Array.of(1, 2, 3, 4);
    expect(parseOcspRequest(withExtensions(nonceExtension(nonce, true))).nonce).toEqual(nonce);
    expect(parseOcspRequest(withExtensions(extension('1.2.3', new Uint8Array(1)))).nonce).toBeNull();
  });

  it('takes the raw bytes as the nonce when an old client did not wrap them', () => {
    const raw = Uint8Array.of(0xde, 0xad, 0xbe, 0xef);
    expect(parseOcspRequest(withExtensions(extension(id_pkix_ocsp_nonce, raw))).nonce).toEqual(raw);
  });
});

describe('createOcspResponder', () => {
  it.each(['ecdsa', 'rsa'] as const)(
    'signs a %s response that asn1-ocsp decodes and node verifies',
    async (keyAlgorithm) => {
      const signer = await createStandaloneOcspSigner({ keyAlgorithm });
      const responder = createOcspResponder({
        certificateDer: signer.certificateDer,
        privateKey: signer.privateKey,
      });
      const parsed = parseOcspRequest(await opensslRequest([], [leaf, otherLeaf]));
      const producedAt = new Date('2026-03-01T10:00:00.900Z');
      const der = responder.signResponse({
        producedAt,
        nonce: parsed.nonce,
        responses: [
          {
            certId: parsed.requests[0] ?? { der: new Uint8Array() },
            status: { kind: 'good' },
            thisUpdate: producedAt,
            nextUpdate: new Date('2026-03-01T10:05:00Z'),
          },
          {
            certId: parsed.requests[1] ?? { der: new Uint8Array() },
            status: {
              kind: 'revoked',
              revokedAt: new Date('2026-02-01T00:00:00Z'),
              reason: 'certificateHold',
            },
            thisUpdate: producedAt,
          },
        ],
      });

      const response = AsnConvert.parse(der, OCSPResponse);
      expect(response.responseStatus).toBe(0);
      const basicDer = response.responseBytes?.response.buffer ?? new ArrayBuffer(0);
      const basic = AsnConvert.parse(basicDer, BasicOCSPResponse);
      const data = basic.tbsResponseData;
      expect(new Uint8Array(data.responderID.byKey?.buffer ?? new ArrayBuffer(0))).toEqual(
        responder.responderKeyHash,
      );
      expect(data.producedAt.toISOString()).toBe('2026-03-01T10:00:00.000Z');
      expect(data.responses[0]?.certStatus.good).toBeNull();
      expect(data.responses[0]?.nextUpdate?.toISOString()).toBe('2026-03-01T10:05:00.000Z');
      expect(data.responses[1]?.certStatus.revoked?.revocationReason?.reason).toBe(6);
      expect(data.responses[1]?.nextUpdate).toBeUndefined();
      expect(new Uint8Array(AsnConvert.serialize(data.responses[1]?.certID))).toEqual(
        parsed.requests[1]?.der,
      );
      expect(
        new Uint8Array(data.responseExtensions?.[0]?.extnValue.buffer ?? new ArrayBuffer(0)).subarray(2),
      ).toEqual(parsed.nonce);
      expect(basic.certs).toHaveLength(1);
      expect(new Uint8Array(AsnConvert.serialize(basic.certs?.[0]))).toEqual(signer.certificateDer);

      const signed = basic.tbsResponseDataRaw ?? new ArrayBuffer(0);
      expect(
        verify('sha256', new Uint8Array(signed), signer.publicKey, new Uint8Array(basic.signature)),
      ).toBe(true);
    },
  );

  it('answers error statuses without a body to sign', () => {
    for (const [status, code] of [
      ['malformedRequest', 1],
      ['internalError', 2],
      ['tryLater', 3],
      ['unauthorized', 6],
    ] as const) {
      const response = AsnConvert.parse(ocspErrorResponse(status), OCSPResponse);
      expect(response.responseStatus).toBe(code);
      expect(response.responseBytes).toBeUndefined();
    }
  });

  it('refuses a private key that is not the certificate key', async () => {
    const signer = await createStandaloneOcspSigner();
    expect(() =>
      createOcspResponder({ certificateDer: signer.certificateDer, privateKey: leaf.privateKey }),
    ).toThrow(/does not belong/);
  });
});
