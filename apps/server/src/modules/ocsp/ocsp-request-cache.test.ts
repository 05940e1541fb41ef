/**
 * The parsed-request cache answers exactly what parseOcspRequest answers: the same CertIDs and the
 * request's own nonce for requests that differ only in their nonce, and a full parse (or the same
 * refusal) for anything else.
 */
import { randomBytes } from 'node:crypto';
import { id_pkix_ocsp_nonce, OCSPRequest, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Extension } from '@peculiar/asn1-x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, type TestCa } from '../../../test/pki';
import { certIdOf, issuerCertIdHashes, OcspRequestError, parseOcspRequest } from './ocsp-codec';
import { nonceExtension } from './ocsp-nonce';
import { MAX_PARSED_REQUEST_BYTES, MAX_PARSED_REQUESTS, OcspRequestCache } from './ocsp-request-cache';

let ca: TestCa;
beforeAll(async () => {
  ca = await createTestCa({ name: 'Emitent Cache' });
});

function request(serialNumber: string, extension: Extension | null): Uint8Array {
  const certId = certIdOf({
    hashAlgorithm: 'sha1',
    ...issuerCertIdHashes(ca.certificate).sha1,
    serialNumber,
  });
  return new Uint8Array(
    AsnConvert.serialize(
      new OCSPRequest({
        tbsRequest: new TBSRequest({
          requestList: [new Request({ reqCert: certId })],
          ...(extension ? { requestExtensions: [extension] } : {}),
        }),
      }),
    ),
  );
}

function outcome(parse: (der: Uint8Array) => unknown, der: Uint8Array) {
  try {
    return parse(der);
  } catch (error) {
    return error instanceof OcspRequestError ? `refused ${error.code}` : 'other error';
  }
}

describe('OCSP request cache', () => {
  it('parses like parseOcspRequest for fresh nonces, other certificates, raw nonces and garbage', () => {
    const cache = new OcspRequestCache();
    const inputs: Uint8Array[] = [];
    for (let n = 0; n < 40; n += 1) {
      const nonce = new Uint8Array(randomBytes(n % 3 === 0 ? 32 : 16));
      inputs.push(request(n % 4 === 0 ? '7F01' : '7F02', nonceExtension(nonce)));
      // An old client's nonce: raw octets in extnValue (not cached, still answered).
      inputs.push(
        request('7F03', new Extension({ extnID: id_pkix_ocsp_nonce, extnValue: new OctetString(nonce) })),
      );
      inputs.push(request('7F04', null));
    }
    const base = request('7F01', nonceExtension(new Uint8Array(16).fill(1)));
    const truncated = base.slice(0, base.length - 3);
    const oversizedNonce = request('7F01', nonceExtension(new Uint8Array(129).fill(2)));
    inputs.push(truncated, oversizedNonce, new Uint8Array([0x30, 0x00]));
    for (const der of [...inputs, ...inputs]) {
      expect(outcome((d) => cache.parse(d), der)).toEqual(outcome(parseOcspRequest, der));
    }
  });

  it('answers a repeated request from the cache with its own nonce', () => {
    const cache = new OcspRequestCache();
    const first = new Uint8Array(randomBytes(16));
    const second = new Uint8Array(randomBytes(16));
    const parsedFirst = cache.parse(request('7F05', nonceExtension(first)));
    const parsedSecond = cache.parse(request('7F05', nonceExtension(second)));
    expect(parsedSecond.requests).toBe(parsedFirst.requests);
    expect(Buffer.from(parsedSecond.nonce ?? [])).toEqual(Buffer.from(second));
  });
});

describe('OCSP request cache under a flood of distinct padded requests', () => {
  it('keeps 32-byte digests, never the requests, and stays within its caps', () => {
    const cache = new OcspRequestCache();
    const { sha256 } = issuerCertIdHashes(ca.certificate);
    let sent = 0;
    let last: Uint8Array = new Uint8Array();
    for (let n = 0; n < 20_000; n += 1) {
      const der = new Uint8Array(
        AsnConvert.serialize(
          new OCSPRequest({
            tbsRequest: new TBSRequest({
              requestList: [1, 2].map(
                () =>
                  new Request({
                    reqCert: certIdOf({
                      hashAlgorithm: 'sha256',
                      ...sha256,
                      serialNumber: randomBytes(16).toString('hex'),
                    }),
                  }),
              ),
              requestExtensions: [
                nonceExtension(new Uint8Array(randomBytes(32))),
                new Extension({
                  extnID: '1.3.6.1.4.1.99999.7',
                  extnValue: new OctetString(randomBytes(3000)),
                }),
              ],
            }),
          }),
        ),
      );
      sent += der.byteLength;
      last = der;
      cache.parse(der);
    }
    const size = cache.size();
    expect(sent).toBeGreaterThan(60 * 1024 * 1024);
    expect(size.longestKey).toBe(32);
    expect(size.entries).toBeLessThanOrEqual(MAX_PARSED_REQUESTS);
    // The byte cap is what binds here (two SHA-256 CertIDs an entry), the newest entries kept.
    expect(size.bytes).toBeLessThanOrEqual(MAX_PARSED_REQUEST_BYTES);
    expect(size.bytes).toBeGreaterThan(MAX_PARSED_REQUEST_BYTES * 0.9);
    // The newest is still kept, and answered as a full parse would.
    const kept = cache.parse(last);
    expect(cache.size().entries).toBe(size.entries);
    expect(kept).toEqual(parseOcspRequest(last));
  }, 120_000);
});
