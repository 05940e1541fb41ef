import type { ErrorCode } from '@siui/core';

const DEFAULT_STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  RIGHTS_BEYOND_CALLER: 403,
  OWN_ROLE_NOT_WIDENED: 403,
  ROLE_HOLDERS_OUT_OF_REACH: 403,
  TARGET_HOLDS_MORE_RIGHTS: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  USERNAME_TAKEN: 409,
  ROLE_CODE_TAKEN: 409,
  ROLE_IN_USE: 409,
  PROVIDER_NOT_FOUND: 404,
  PROVIDER_CODE_TAKEN: 409,
  PROVIDER_FISCAL_CODE_TAKEN: 409,
  PROVIDER_FISCAL_CODE_LOCKED: 409,
  ACTIVATION_KEY_EXISTS: 409,
  ACTIVATION_KEY_MISSING: 409,
  ACTIVATION_KEY_BUSY: 409,
  ACTIVATION_KEY_FORMAT: 400,
  ACTIVATION_KEY_TYPO: 400,
  ACTIVATION_KEY_INVALID: 401,
  ACTIVATION_HOUSE_MISMATCH: 401,
  PROVIDER_INACTIVE: 403,
  IMPORT_REJECTED: 422,
  IMPORT_EMPTY: 400,
  IMPORT_MALFORMED: 400,
  CERTIFICATE_UNREADABLE: 400,
  NOT_A_CA: 400,
  CA_EXPIRED: 400,
  ISSUING_AUTHORITY_EXISTS: 409,
  ISSUING_AUTHORITY_NOT_FOUND: 404,
  ISSUING_AUTHORITY_INACTIVE: 400,
  CERTIFICATE_NOT_ISSUED_BY_AUTHORITY: 400,
  ISSUING_AUTHORITY_NOT_DETECTED: 400,
  CERTIFICATE_IS_CA: 400,
  USER_CERTIFICATE_EXISTS: 409,
  USER_CERTIFICATE_NOT_FOUND: 404,
  NOT_AN_EXTERNAL_USER: 400,
  CLIENT_CERTIFICATE_REQUIRED: 401,
  UNTRUSTED_ISSUER: 401,
  CERTIFICATE_EXPIRED: 401,
  CERTIFICATE_NOT_YET_VALID: 401,
  CREDENTIALS_REQUIRED: 401,
  UNKNOWN_USER: 401,
  CERTIFICATE_NOT_REGISTERED: 401,
  CERTIFICATE_SUSPENDED: 401,
  KEY_INVALID: 401,
  KEY_RESET: 401,
  CERTIFICATE_REVOKED: 401,
  OCSP_UNAVAILABLE: 401,
  OCSP_UNKNOWN: 401,
  CONTRACT_ENDED: 403,
  CONTRACT_NOT_STARTED: 403,
  SESSION_REQUIRED: 401,
  SESSION_INVALID: 401,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** A message about one field: already in the caller's language, or in both. */
export type FieldMessage = string | { ro: string; en: string };

/**
 * A failure the user can understand: a code from the catalogue in @siui/core, the HTTP status,
 * parameters for the message and, for bad input, the fields at fault.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    options: {
      status?: number;
      params?: Record<string, string | number>;
      fields?: Record<string, FieldMessage>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.status = options.status ?? DEFAULT_STATUS[code] ?? 400;
    this.params = options.params ?? {};
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }

  readonly params: Record<string, string | number>;
  readonly fields: Record<string, FieldMessage> | undefined;
  readonly headers: Record<string, string>;
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
