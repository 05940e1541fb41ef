export type OcspClientErrorCode =
  | 'TIMEOUT'
  | 'UNREACHABLE'
  | 'HTTP_STATUS'
  | 'MALFORMED'
  | 'RESPONDER_ERROR'
  | 'BAD_SIGNATURE'
  | 'NONCE_MISMATCH'
  | 'CERT_ID_MISMATCH'
  | 'STALE';

/** Why asking an issuer's OCSP responder did not give a trustworthy answer. */
export class OcspClientError extends Error {
  override readonly name = 'OcspClientError';

  constructor(
    readonly code: OcspClientErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
