/**
 * The OCSP responder's pure encoding layer (RFC 6960): parse requests, sign responses, and the CertID
 * hashes that map a request to an issuing authority. No I/O, no clock: callers pass the times.
 */
export {
  type CertIdFields,
  type CertIdHashAlgorithm,
  certIdOf,
  encodeCertId,
  type IssuerHashes,
  issuerCertIdHashes,
  issuerHashes,
  type KnownCertIdHash,
} from './ocsp-codec-certid';
export { type OcspErrorStatus, OcspRequestError, type OcspRequestErrorCode } from './ocsp-codec-errors';
export {
  MAX_CERT_IDS_PER_REQUEST,
  MAX_NONCE_BYTES,
  MAX_OCSP_REQUEST_BYTES,
  type OcspCertId,
  type ParsedOcspRequest,
  parseOcspRequest,
} from './ocsp-codec-request';
export {
  type CertificateStatus,
  createOcspResponder,
  type OcspResponder,
  ocspErrorResponse,
  type RevocationReason,
  revocationReasonCodes,
  type SignResponseInput,
  type SingleResponseInput,
} from './ocsp-codec-response';
