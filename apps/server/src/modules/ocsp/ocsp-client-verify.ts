/** verifyOcspResponse: turns an issuer responder's answer into a trusted status, or a typed error. */

import {
  BasicOCSPResponse,
  id_pkix_ocsp_basic,
  OCSPResponse,
  OCSPResponseStatus,
  type ResponseData,
  type SingleResponse,
} from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { type AlgorithmIdentifier, CRLReasons } from '@peculiar/asn1-x509';
import { decodeExactly } from '../../pki/asn-decode';
import { bytesEqual, toUpperHex } from '../../pki/bytes';
import type { ParsedCertificate } from '../../pki/certificate';
import { canonicalSerialFromInteger } from '../../pki/serial-number';
import { verifySignature } from '../../pki/signing';
import { OcspClientError } from './ocsp-client-errors';
import type { BuiltOcspRequest } from './ocsp-client-request';
import { findAuthorisedSigner, type ResponderKind } from './ocsp-client-signer';
import { certIdHashOids } from './ocsp-codec-certid';
import type { RevocationReason } from './ocsp-codec-response';
import { id_pkix_ocsp_nonce, nonceOf } from './ocsp-nonce';

/** Tolerated difference between our clock and the responder's (openssl's default is 5 minutes too). */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface OcspCheckResult {
  status: 'good' | 'revoked' | 'unknown';
  revokedAt?: Date;
  reason?: RevocationReason;
  thisUpdate: Date;
  nextUpdate?: Date;
  producedAt: Date;
  /** Whether the issuer signed it itself or through a delegated responder certificate. */
  signedBy: ResponderKind;
}

export interface VerifyOcspResponseOptions {
  responseDer: Uint8Array;
  request: Pick<BuiltOcspRequest, 'certId' | 'nonce'>;
  issuer: ParsedCertificate;
  now?: Date;
  clockSkewMs?: number;
  /**
   * When a nonce was sent, refuse a response that does not echo it (default). Set false for
   * responders that serve pre-signed responses; a wrong nonce is refused either way.
   */
  requireNonceEcho?: boolean;
}

const reasonNames = new Map<number, RevocationReason>();
for (const [name, code] of Object.entries(CRLReasons)) {
  // A numeric enum also maps codes back to names; keep only the name → code entries.
  if (typeof code === 'number') reasonNames.set(code, name as RevocationReason);
}

export async function verifyOcspResponse(options: VerifyOcspResponseOptions): Promise<OcspCheckResult> {
  const now = options.now ?? new Date();
  const skew = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  const basic = decodeBasicResponse(options.responseDer);

  const { signer, kind } = await findAuthorisedSigner({
    responderId: basic.data.responderID,
    issuer: options.issuer,
    embeddedCertificatesDer: basic.certificatesDer,
    now,
  });
  const signatureValid = verifySignature({
    algorithm: basic.signatureAlgorithm,
    subjectPublicKeyInfoDer: signer.subjectPublicKeyInfoDer,
    data: basic.tbsResponseDataDer,
    signature: basic.signature,
  });
  if (!signatureValid)
    throw new OcspClientError('BAD_SIGNATURE', 'the OCSP response signature does not verify');

  checkNonce(basic.data, options.request.nonce, options.requireNonceEcho ?? true);
  const single = basic.data.responses.find((response) => answersFor(response, options.request.certId));
  if (!single)
    throw new OcspClientError(
      'CERT_ID_MISMATCH',
      'the response does not answer for the certificate asked about',
    );

  if (single.thisUpdate.getTime() > now.getTime() + skew) {
    throw new OcspClientError('STALE', `thisUpdate ${single.thisUpdate.toISOString()} is in the future`);
  }
  if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime() - skew) {
    throw new OcspClientError('STALE', `nextUpdate ${single.nextUpdate.toISOString()} has passed`);
  }
  return {
    ...describeStatus(single),
    thisUpdate: single.thisUpdate,
    ...(single.nextUpdate ? { nextUpdate: single.nextUpdate } : {}),
    producedAt: basic.data.producedAt,
    signedBy: kind,
  };
}

interface DecodedBasicResponse {
  data: ResponseData;
  /** The signed bytes exactly as received (asn1-ocsp keeps them as tbsResponseDataRaw). */
  tbsResponseDataDer: Uint8Array;
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
  certificatesDer: Uint8Array[];
}

function decodeBasicResponse(responseDer: Uint8Array): DecodedBasicResponse {
  let response: OCSPResponse;
  try {
    response = decodeExactly(responseDer, OCSPResponse);
  } catch (error) {
    throw new OcspClientError('MALFORMED', 'the answer is not an OCSP response', { cause: error });
  }
  if (response.responseStatus !== OCSPResponseStatus.successful) {
    const status = OCSPResponseStatus[response.responseStatus] ?? String(response.responseStatus);
    throw new OcspClientError('RESPONDER_ERROR', `the OCSP responder answered ${status}`);
  }
  if (response.responseBytes?.responseType !== id_pkix_ocsp_basic) {
    throw new OcspClientError('MALFORMED', 'the OCSP response is not a basic response');
  }
  try {
    const basic = decodeExactly(new Uint8Array(response.responseBytes.response.buffer), BasicOCSPResponse);
    return {
      data: basic.tbsResponseData,
      tbsResponseDataDer: new Uint8Array(
        basic.tbsResponseDataRaw ?? AsnConvert.serialize(basic.tbsResponseData),
      ),
      signatureAlgorithm: basic.signatureAlgorithm,
      signature: new Uint8Array(basic.signature),
      // Re-encoded by asn1-schema: identical for DER certificates; a certificate that does not
      // round-trip fails its issuer check, which fails closed.
      certificatesDer: (basic.certs ?? []).map(
        (certificate) => new Uint8Array(AsnConvert.serialize(certificate)),
      ),
    };
  } catch (error) {
    throw new OcspClientError('MALFORMED', 'the basic OCSP response cannot be decoded', { cause: error });
  }
}

function checkNonce(data: ResponseData, sent: Uint8Array | null, requireEcho: boolean): void {
  const extension = data.responseExtensions?.find((ext) => ext.extnID === id_pkix_ocsp_nonce);
  if (!sent) return;
  if (!extension) {
    if (requireEcho) throw new OcspClientError('NONCE_MISMATCH', 'the response does not echo our nonce');
    return;
  }
  if (!bytesEqual(nonceOf(extension), sent))
    throw new OcspClientError('NONCE_MISMATCH', 'the response nonce differs from ours');
}

function answersFor(response: SingleResponse, expected: BuiltOcspRequest['certId']): boolean {
  const certId = response.certID;
  return (
    certId.hashAlgorithm.algorithm === certIdHashOids[expected.hashAlgorithm] &&
    toUpperHex(certId.issuerNameHash.buffer) === expected.issuerNameHash &&
    toUpperHex(certId.issuerKeyHash.buffer) === expected.issuerKeyHash &&
    canonicalSerialFromInteger(new Uint8Array(certId.serialNumber)) === expected.serialNumber
  );
}

function describeStatus(single: SingleResponse): Pick<OcspCheckResult, 'status' | 'revokedAt' | 'reason'> {
  const { certStatus } = single;
  if (certStatus.revoked) {
    const reasonCode = certStatus.revoked.revocationReason?.reason;
    const reason = reasonCode === undefined ? undefined : reasonNames.get(reasonCode);
    return { status: 'revoked', revokedAt: certStatus.revoked.revocationTime, ...(reason ? { reason } : {}) };
  }
  if ('good' in certStatus) return { status: 'good' };
  if ('unknown' in certStatus) return { status: 'unknown' };
  throw new OcspClientError('MALFORMED', 'the single response has no certificate status');
}
