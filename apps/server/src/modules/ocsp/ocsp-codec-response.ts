/**
 * The responder's encoder: builds and signs complete DER OCSPResponses (RFC 6960 4.2.1) with the
 * @peculiar/asn1-ocsp classes.
 *
 * What does not depend on the request is serialised once in createOcspResponder (responder ID, the
 * signature AlgorithmIdentifier, the `certs` field with our certificate, the error responses) and
 * reused pre-encoded, as are the client's CertIDs and the signed ResponseData. On top of that, the
 * answers of one shape are copies of a template the library encoded once, with the request's
 * values written in (ocsp-response-template.ts): a response then costs little more than its
 * synchronous node:crypto signature. Answers with several CertIDs take the library path.
 */
import { createHash, createPublicKey, type KeyObject, sign } from 'node:crypto';
import {
  BasicOCSPResponse,
  CertID,
  CertStatus,
  id_pkix_ocsp_basic,
  KeyHash,
  OCSPResponse,
  OCSPResponseStatus,
  ResponderID,
  ResponseBytes,
  ResponseData,
  RevokedInfo,
  SingleResponse,
} from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, CRLReason, CRLReasons } from '@peculiar/asn1-x509';
import { type ParsedCertificate, parseCertificate } from '../../pki/certificate';
import { preEncoded } from '../../pki/pre-encoded';
import { signingSchemeFor } from '../../pki/signing';
import type { OcspErrorStatus } from './ocsp-codec-errors';
import type { OcspCertId } from './ocsp-codec-request';
import { nonceExtension } from './ocsp-nonce';
import { createResponseTemplates } from './ocsp-response-template';

/** CRLReason codes (RFC 5280 5.3.1), as asn1-x509 names them. */
export const revocationReasonCodes = CRLReasons;
export type RevocationReason = keyof typeof CRLReasons;

export type CertificateStatus =
  | { kind: 'good' }
  | { kind: 'revoked'; revokedAt: Date; reason?: RevocationReason }
  | { kind: 'unknown' };

export interface SingleResponseInput {
  /** The CertID as parsed from the request; its DER is echoed. */
  certId: Pick<OcspCertId, 'der'>;
  status: CertificateStatus;
  thisUpdate: Date;
  /** Omit only when newer information is always available (RFC 6960 2.4). */
  nextUpdate?: Date;
}

export interface SignResponseInput {
  responses: readonly SingleResponseInput[];
  /** The request's nonce; echoed in a nonce extension when given. */
  nonce?: Uint8Array | null;
  producedAt: Date;
}

export interface OcspResponder {
  /** The parsed responder certificate (what clients must trust, e.g. `openssl ocsp -VAfile`). */
  readonly certificate: ParsedCertificate;
  /** SHA-1 of the responder's public key bits: the ResponderID byKey value. */
  readonly responderKeyHash: Uint8Array;
  signResponse(input: SignResponseInput): Uint8Array;
  errorResponse(status: OcspErrorStatus): Uint8Array;
}

const errorStatuses: readonly OcspErrorStatus[] = [
  'malformedRequest',
  'internalError',
  'tryLater',
  'sigRequired',
  'unauthorized',
];
let errorResponses: ReadonlyMap<OcspErrorStatus, Uint8Array> | undefined;

/** An unsigned OCSPResponse carrying only an error status; a fresh copy each call. */
export function ocspErrorResponse(status: OcspErrorStatus): Uint8Array {
  // Serialised on first use, then copied: they never change.
  errorResponses ??= new Map(
    errorStatuses.map((name) => [
      name,
      new Uint8Array(AsnConvert.serialize(new OCSPResponse({ responseStatus: OCSPResponseStatus[name] }))),
    ]),
  );
  return (errorResponses.get(status) ?? new Uint8Array()).slice();
}

export function createOcspResponder(options: {
  certificateDer: Uint8Array;
  privateKey: KeyObject;
}): OcspResponder {
  const certificate = parseCertificate(options.certificateDer);
  const certificateKey = createPublicKey({
    key: Buffer.from(certificate.subjectPublicKeyInfoDer),
    format: 'der',
    type: 'spki',
  });
  if (!createPublicKey(options.privateKey).equals(certificateKey)) {
    throw new TypeError('the OCSP signing key does not belong to the responder certificate');
  }
  const scheme = signingSchemeFor(options.privateKey);
  const signOptions = { key: options.privateKey, dsaEncoding: 'der' as const };
  const responderKeyHash = new Uint8Array(createHash('sha1').update(certificate.subjectPublicKey).digest());
  const responderId = preEncoded(
    ResponderID,
    AsnConvert.serialize(new ResponderID({ byKey: new KeyHash(responderKeyHash) })),
  );
  const signatureAlgorithm = preEncoded(
    AlgorithmIdentifier,
    AsnConvert.serialize(scheme.algorithmIdentifier),
  );
  const certs = [preEncoded(Certificate, certificate.der)];

  function encodeResponseData(input: SignResponseInput): Uint8Array {
    return new Uint8Array(
      AsnConvert.serialize(
        new ResponseData({
          responderID: responderId,
          producedAt: wholeSecond(input.producedAt),
          responses: input.responses.map(singleResponse),
          ...(input.nonce ? { responseExtensions: [nonceExtension(input.nonce)] } : {}),
        }),
      ),
    );
  }

  function encodeEnvelope(tbsResponseData: Uint8Array, signature: Uint8Array): Uint8Array {
    const basicResponse = AsnConvert.serialize(
      new BasicOCSPResponse({
        tbsResponseData: preEncoded(ResponseData, tbsResponseData),
        signatureAlgorithm,
        signature: new Uint8Array(signature).buffer,
        certs,
      }),
    );
    return new Uint8Array(
      AsnConvert.serialize(
        new OCSPResponse({
          responseStatus: OCSPResponseStatus.successful,
          responseBytes: new ResponseBytes({
            responseType: id_pkix_ocsp_basic,
            response: new OctetString(basicResponse),
          }),
        }),
      ),
    );
  }

  const templates = createResponseTemplates({ encodeResponseData, encodeEnvelope });

  function signResponse(input: SignResponseInput): Uint8Array {
    if (input.responses.length === 0) {
      throw new TypeError('an OCSP response needs at least one SingleResponse');
    }
    const tbsResponseData = templates.responseData(input) ?? encodeResponseData(input);
    const signature = sign(scheme.digest, tbsResponseData, signOptions);
    return templates.envelope(tbsResponseData, signature);
  }

  return { certificate, responderKeyHash, signResponse, errorResponse: ocspErrorResponse };
}

/** RFC 6960 times are GeneralizedTime; we write whole seconds, as RFC 5280 does and clients expect. */
function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function singleResponse(response: SingleResponseInput): SingleResponse {
  return new SingleResponse({
    certID: preEncoded(CertID, response.certId.der),
    certStatus: certStatus(response.status),
    thisUpdate: wholeSecond(response.thisUpdate),
    ...(response.nextUpdate ? { nextUpdate: wholeSecond(response.nextUpdate) } : {}),
  });
}

function certStatus(status: CertificateStatus): CertStatus {
  switch (status.kind) {
    case 'good':
      return new CertStatus({ good: null });
    case 'unknown':
      return new CertStatus({ unknown: null });
    case 'revoked':
      return new CertStatus({
        revoked: new RevokedInfo({
          revocationTime: wholeSecond(status.revokedAt),
          ...(status.reason === undefined
            ? {}
            : { revocationReason: new CRLReason(CRLReasons[status.reason]) }),
        }),
      });
  }
}
