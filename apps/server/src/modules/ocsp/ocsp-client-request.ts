/** Builds the OCSPRequest our gateway sends to an issuing authority's responder. */
import { randomBytes } from 'node:crypto';
import { OCSPRequest, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { ParsedCertificate } from '../../pki/certificate';
import { type CertIdFields, certIdOf, issuerHashes } from './ocsp-codec-certid';
import { nonceExtension } from './ocsp-nonce';

/** RFC 8954: at least 16 and at most 32 octets; the maximum makes replays hopeless. */
const NONCE_BYTES = 32;

export interface BuiltOcspRequest {
  der: Uint8Array;
  /** The nonce sent, or null. */
  nonce: Uint8Array | null;
  /** The CertID asked about; the response must answer for exactly this one. */
  certId: CertIdFields;
}

export function buildOcspRequest(options: {
  certificate: Pick<ParsedCertificate, 'serialNumber'>;
  issuer: Pick<ParsedCertificate, 'subjectNameDer' | 'subjectPublicKey'>;
  nonce: boolean;
  /** CertID hash; SHA-1 (the default) is what every responder understands (RFC 5019 profile). */
  hash?: 'sha1' | 'sha256';
}): BuiltOcspRequest {
  const hashAlgorithm = options.hash ?? 'sha1';
  const certId: CertIdFields = {
    hashAlgorithm,
    ...issuerHashes(options.issuer, hashAlgorithm),
    serialNumber: options.certificate.serialNumber,
  };
  const nonce = options.nonce ? new Uint8Array(randomBytes(NONCE_BYTES)) : null;
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: [new Request({ reqCert: certIdOf(certId) })],
      ...(nonce ? { requestExtensions: [nonceExtension(nonce)] } : {}),
    }),
  });
  return { der: new Uint8Array(AsnConvert.serialize(request)), nonce, certId };
}
