/**
 * The response templates (ocsp-response-template.ts) against the library: for every shape of
 * answer, the DER written from a template is exactly what @peculiar/asn1-schema encodes for the
 * values it decodes to, and those values are the ones asked for; the signature verifies.
 */
import { randomBytes, verify } from 'node:crypto';
import { BasicOCSPResponse, OCSPResponse, ResponseData } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStandaloneOcspSigner, createTestCa, type TestCertificate } from '../../../test/pki';
import { toUpperHex } from '../../pki/bytes';
import { type CertificateStatus, createOcspResponder, encodeCertId, issuerCertIdHashes } from './ocsp-codec';
import { nonceOf } from './ocsp-nonce';
import { generalizedTime } from './ocsp-response-template';

let signer: TestCertificate;
let responder: ReturnType<typeof createOcspResponder>;
let issuer: Awaited<ReturnType<typeof createTestCa>>;

beforeAll(async () => {
  signer = await createStandaloneOcspSigner();
  responder = createOcspResponder({ certificateDer: signer.certificateDer, privateKey: signer.privateKey });
  issuer = await createTestCa({ name: 'Emitent Șablon' });
});

function decode(der: Uint8Array) {
  const response = AsnConvert.parse(der, OCSPResponse);
  const basicDer = new Uint8Array(response.responseBytes?.response.buffer ?? new ArrayBuffer(0));
  const basic = AsnConvert.parse(basicDer, BasicOCSPResponse);
  // The ResponseData exactly as it stands in the response, the bytes the signature covers.
  const tbs = new Uint8Array(AsnConvert.serialize(basic.tbsResponseData));
  return { response, basic, tbs };
}

const statuses: CertificateStatus[] = [
  { kind: 'good' },
  { kind: 'unknown' },
  { kind: 'revoked', revokedAt: new Date('2026-03-04T05:06:07.890Z'), reason: 'certificateHold' },
  { kind: 'revoked', revokedAt: new Date('2031-12-31T23:59:59Z') },
];

describe('OCSP response templates', () => {
  it('write, for every shape, the DER the library writes for the same values', () => {
    for (const hash of ['sha1', 'sha256'] as const) {
      for (const serialBytes of [1, 16, 20]) {
        for (const status of statuses) {
          for (const nonceLength of [0, 1, 16, 32]) {
            for (let round = 0; round < 2; round += 1) {
              const serialNumber = toUpperHex(
                Buffer.concat([Buffer.from([0x11]), randomBytes(serialBytes - 1)]),
              );
              const certIdDer = encodeCertId({
                hashAlgorithm: hash,
                ...issuerCertIdHashes(issuer.certificate)[hash],
                serialNumber,
              });
              const nonce = nonceLength > 0 ? new Uint8Array(randomBytes(nonceLength)) : null;
              const producedAt = new Date(Date.UTC(2020 + round, round, 1 + round, round, 7, 9, 500));
              const nextUpdate =
                round === 1 && nonceLength === 0 ? undefined : new Date(producedAt.getTime() + 300_000);
              const der = responder.signResponse({
                producedAt,
                nonce,
                responses: [
                  {
                    certId: { der: certIdDer },
                    status,
                    thisUpdate: producedAt,
                    ...(nextUpdate ? { nextUpdate } : {}),
                  },
                ],
              });
              // Whole response = the library's re-encoding of what it decodes to.
              expect(Buffer.from(AsnConvert.serialize(AsnConvert.parse(der, OCSPResponse)))).toEqual(
                Buffer.from(der),
              );
              const { basic, tbs } = decode(der);
              const data = basic.tbsResponseData;
              expect(Buffer.from(AsnConvert.serialize(AsnConvert.parse(tbs, ResponseData)))).toEqual(
                Buffer.from(tbs),
              );
              expect(generalizedTime(data.producedAt)).toBe(generalizedTime(producedAt));
              const single = data.responses[0];
              expect(single && Buffer.from(AsnConvert.serialize(single.certID))).toEqual(
                Buffer.from(certIdDer),
              );
              expect(single?.nextUpdate && generalizedTime(single.nextUpdate)).toBe(
                nextUpdate && generalizedTime(nextUpdate),
              );
              if (status.kind === 'good') expect(single?.certStatus.good).toBeNull();
              if (status.kind === 'unknown') expect(single?.certStatus.unknown).toBeNull();
              if (status.kind === 'revoked') {
                const revoked = single?.certStatus.revoked;
                expect(revoked && generalizedTime(revoked.revocationTime)).toBe(
                  generalizedTime(status.revokedAt),
                );
                expect(revoked?.revocationReason?.reason).toBe(status.reason === undefined ? undefined : 6);
              }
              const extension = data.responseExtensions?.[0];
              expect(extension ? Buffer.from(nonceOf(extension)) : null).toEqual(
                nonce ? Buffer.from(nonce) : null,
              );
              const signature = Buffer.from(basic.signature);
              expect(verify('sha256', tbs, { key: signer.publicKey, dsaEncoding: 'der' }, signature)).toBe(
                true,
              );
            }
          }
        }
      }
    }
  });

  it('answers with several CertIDs through the library, as before', () => {
    const certIds = ['1A', '2B3C'].map((serialNumber) =>
      encodeCertId({ hashAlgorithm: 'sha1', ...issuerCertIdHashes(issuer.certificate).sha1, serialNumber }),
    );
    const now = new Date('2026-05-05T05:05:05Z');
    const der = responder.signResponse({
      producedAt: now,
      responses: certIds.map((der) => ({
        certId: { der },
        status: { kind: 'good' } as const,
        thisUpdate: now,
      })),
    });
    expect(decode(der).basic.tbsResponseData.responses).toHaveLength(2);
  });
});
