import { ERROR_MESSAGES, type ErrorCode, formatMessage, type Language } from '@siui/core';
import { DESKTOP_MESSAGES, type DesktopErrorCode } from './desktop-messages';

type Params = Record<string, string | number>;

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
    return formatMessage(template, language, this.params);
  }
}

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
