export type CertificateParseErrorCode = 'NOT_A_CERTIFICATE' | 'EMPTY' | 'TOO_LARGE';

/** Thrown by parseCertificate for input that is not one X.509 certificate; `code` says why. */
export class CertificateParseError extends Error {
  override readonly name = 'CertificateParseError';

  constructor(
    readonly code: CertificateParseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
