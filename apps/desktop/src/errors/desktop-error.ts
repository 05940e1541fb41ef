import { ERROR_MESSAGES, type ErrorCode, formatMessage, type Language } from '@siui/core';
import { DESKTOP_MESSAGES, type DesktopErrorCode } from './desktop-messages';

/** A parameter already worded in both languages (e.g. validation details); describe() picks one. */
export type LocalizedParam = Readonly<Record<Language, string>>;
type Params = Record<string, string | number | LocalizedParam>;

/** A failure of the desktop itself (a file, the local database, the network), with a code. */
export class DesktopError extends Error {
  override name = 'DesktopError';
  constructor(
    readonly code: DesktopErrorCode | ErrorCode,
    readonly params: Params = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }

  describe(language: Language): string {
    const template =
      this.code in DESKTOP_MESSAGES
        ? DESKTOP_MESSAGES[this.code as DesktopErrorCode]
        : ERROR_MESSAGES[this.code as ErrorCode];
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(this.params))
      params[name] = typeof value === 'object' ? value[language] : value;
    const reason = params.reason;
    if (typeof reason === 'string' && reason in NETWORK_REASONS)
      params.reason = NETWORK_REASONS[reason as keyof typeof NETWORK_REASONS][language];
    return formatMessage(template, language, params);
  }
}

/** What a network error code means, in words a person reads in the status bar. */
const NETWORK_REASONS = {
  ECONNREFUSED: { ro: 'conexiunea a fost refuzată', en: 'the connection was refused' },
  ECONNRESET: { ro: 'conexiunea s-a întrerupt', en: 'the connection was cut' },
  ETIMEDOUT: { ro: 'nu a răspuns la timp', en: 'no answer in time' },
  timeout: { ro: 'nu a răspuns la timp', en: 'no answer in time' },
  ENOTFOUND: { ro: 'adresa nu a fost găsită', en: 'the address was not found' },
  EHOSTUNREACH: { ro: 'calculatorul nu poate fi atins în rețea', en: 'the host cannot be reached' },
  ENETUNREACH: { ro: 'rețeaua nu este disponibilă', en: 'the network is unavailable' },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    ro: 'emitentul certificatului nu este cunoscut',
    en: 'the certificate’s issuer is unknown',
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    ro: 'emitentul certificatului nu este cunoscut',
    en: 'the certificate’s issuer is unknown',
  },
  SELF_SIGNED_CERT_IN_CHAIN: {
    ro: 'certificatul vine de la o autoritate necunoscută',
    en: 'the certificate comes from an unknown authority',
  },
  DEPTH_ZERO_SELF_SIGNED_CERT: { ro: 'certificatul este autosemnat', en: 'the certificate is self-signed' },
  CERT_HAS_EXPIRED: { ro: 'certificatul a expirat', en: 'the certificate has expired' },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    ro: 'certificatul este emis pentru alt nume',
    en: 'the certificate is issued for another name',
  },
} as const;

/** SIUI answered with an error body: its code and its message, already in the language asked for. */
export class SiuiRefusal extends Error {
  override name = 'SiuiRefusal';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(`${code}: ${serverMessage}`);
  }
}

/** The one line a person reads about any failure. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof DesktopError) return error.describe(language);
  if (error instanceof SiuiRefusal) return error.serverMessage;
  const details = error instanceof Error ? error.message : String(error);
  return formatMessage(DESKTOP_MESSAGES.INTERNAL, language, { details });
}

export function errorCodeOf(error: unknown): string {
  if (error instanceof DesktopError || error instanceof SiuiRefusal) return error.code;
  return 'INTERNAL';
}
