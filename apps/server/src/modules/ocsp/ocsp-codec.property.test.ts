import { BasicOCSPResponse, OCSPRequest, OCSPResponse, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStandaloneOcspSigner } from '../../../test/pki';
import { toUpperHex } from '../../pki/bytes';
import { canonicalSerialFromInteger } from '../../pki/serial-number';
import {
  certIdOf,
  createOcspResponder,
  encodeCertId,
  OcspRequestError,
  type OcspResponder,
  parseOcspRequest,
} from './ocsp-codec';
import { nonceExtension } from './ocsp-nonce';

function parsesOrFailsTyped(bytes: Uint8Array): void {
  try {
    parseOcspRequest(bytes);
  } catch (error) {
    if (!(error instanceof OcspRequestError)) throw error;
  }
}

const hexOf = (length: number) => fc.uint8Array({ minLength: length, maxLength: length }).map(toUpperHex);

const requestArbitrary = fc.record({
  hashAlgorithm: fc.constantFrom('sha1' as const, 'sha256' as const),
  serial: fc.uint8Array({ minLength: 1, maxLength: 20 }),
  nonce: fc.option(fc.uint8Array({ minLength: 1, maxLength: 32 }), { nil: null }),
  seedHashes: fc.tuple(hexOf(32), hexOf(32)),
});

type RequestInput = typeof requestArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

function encodeRequest(input: RequestInput) {
  const length = input.hashAlgorithm === 'sha1' ? 40 : 64;
  const serialNumber = canonicalSerialFromInteger(input.serial);
  const certIdFields = {
    hashAlgorithm: input.hashAlgorithm,
    issuerNameHash: input.seedHashes[0].slice(0, length),
    issuerKeyHash: input.seedHashes[1].slice(0, length),
    serialNumber,
  };
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: [new Request({ reqCert: certIdOf(certIdFields) })],
      ...(input.nonce ? { requestExtensions: [nonceExtension(input.nonce)] } : {}),
    }),
  });
  return { der: new Uint8Array(AsnConvert.serialize(request)), certIdFields };
}

describe('parseOcspRequest on hostile input', () => {
  it('never throws anything but OcspRequestError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => parsesOrFailsTyped(bytes)),
      { numRuns: 5000 },
    );
  });

  it('never throws anything but OcspRequestError on random DER-looking bytes', () => {
    const derLike = fc
      .tuple(fc.constantFrom(0x30, 0xa0, 0xa2, 0x04, 0x02, 0x06), fc.uint8Array({ maxLength: 600 }))
      .map(([tag, rest]) =>
        Uint8Array.from([
          tag,
          ...(rest.length < 128 ? [rest.length] : [0x82, rest.length >> 8, rest.length & 0xff]),
          ...rest,
        ]),
      );
    fc.assert(
      fc.property(derLike, (bytes) => parsesOrFailsTyped(bytes)),
      { numRuns: 5000 },
    );
  });

  it('never throws anything but OcspRequestError on mutated valid requests', () => {
    const mutated = fc
      .tuple(
        requestArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.nat(),
      )
      .map(([input, flips, cut]) => {
        const bytes = Uint8Array.from(encodeRequest(input).der);
        for (const [position, value] of flips) bytes[position % bytes.length] = value;
        return cut % 3 === 0 ? bytes.subarray(0, cut % bytes.length) : bytes;
      });
    fc.assert(
      fc.property(mutated, (bytes) => parsesOrFailsTyped(bytes)),
      { numRuns: 5000 },
    );
  });
});

describe('parseOcspRequest round trip', () => {
  it('reads back every field a well-formed request carries', () => {
    fc.assert(
      fc.property(requestArbitrary, (input) => {
        const { der, certIdFields } = encodeRequest(input);
        const parsed = parseOcspRequest(der);
        expect(parsed.requests).toEqual([{ ...certIdFields, der: encodeCertId(certIdFields) }]);
        // The CertID the response will echo is byte for byte the one in the request.
        expect(Buffer.from(der).includes(Buffer.from(parsed.requests[0]?.der ?? []))).toBe(true);
        expect(parsed.nonce).toEqual(input.nonce);
      }),
    );
  });
});

describe('signResponse times', () => {
  let responder: OcspResponder;

  beforeAll(async () => {
    const signer = await createStandaloneOcspSigner();
    responder = createOcspResponder({ certificateDer: signer.certificateDer, privateKey: signer.privateKey });
  });

  it('writes every time to the whole second, as asn1-ocsp reads it back', () => {
    const dates = fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const { der: certIdDer } = encodeRequest({
      hashAlgorithm: 'sha1',
      serial: Uint8Array.of(1),
      nonce: null,
      seedHashes: ['00'.repeat(32), '00'.repeat(32)],
    });
    const certId = parseOcspRequest(certIdDer).requests[0] ?? { der: new Uint8Array() };
    const toSecond = (date: Date) => Math.floor(date.getTime() / 1000) * 1000;
    fc.assert(
      fc.property(dates, dates, (producedAt, revokedAt) => {
        const der = responder.signResponse({
          producedAt,
          responses: [
            { certId, status: { kind: 'revoked', revokedAt }, thisUpdate: producedAt, nextUpdate: revokedAt },
          ],
        });
        const basic = AsnConvert.parse(
          AsnConvert.parse(der, OCSPResponse).responseBytes?.response.buffer ?? new ArrayBuffer(0),
          BasicOCSPResponse,
        );
        const single = basic.tbsResponseData.responses[0];
        expect(basic.tbsResponseData.producedAt.getTime()).toBe(toSecond(producedAt));
        expect(single?.thisUpdate.getTime()).toBe(toSecond(producedAt));
        expect(single?.nextUpdate?.getTime()).toBe(toSecond(revokedAt));
        expect(single?.certStatus.revoked?.revocationTime.getTime()).toBe(toSecond(revokedAt));
      }),
      { numRuns: 200 },
    );
  });
});
