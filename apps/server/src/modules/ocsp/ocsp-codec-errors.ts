import type { OCSPResponseStatus } from '@peculiar/asn1-ocsp';

export type OcspRequestErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'MALFORMED'
  | 'TRAILING_DATA'
  | 'UNSUPPORTED_VERSION'
  | 'NO_REQUESTS'
  | 'TOO_MANY_REQUESTS'
  | 'BAD_CERT_ID'
  | 'BAD_NONCE'
  | 'UNSUPPORTED_CRITICAL_EXTENSION';

/**
 * The only error parseOcspRequest throws. Every code means the same thing to the client: an OCSP
 * `malformedRequest` response; the code is for our log.
 */
export class OcspRequestError extends Error {
  override readonly name = 'OcspRequestError';

  constructor(
    readonly code: OcspRequestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The OCSPResponseStatus values other than successful (RFC 6960 4.2.1), by asn1-ocsp's names. */
export type OcspErrorStatus = Exclude<keyof typeof OCSPResponseStatus, 'successful'>;
