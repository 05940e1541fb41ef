import { DesktopError, SiuiRefusal } from '../errors/desktop-error';

/**
 * What to do after a failed online request:
 * - `session`: the session token is no longer good (expired, server restarted): open a new one now;
 * - `retry`: SIUI is away or busy: try again later, with backoff;
 * - `refused`: SIUI said no for a reason a person must fix (suspended certificate, reset key …):
 *   retrying would only fill the house's log and count towards the lockout.
 */
export type FailureKind = 'session' | 'retry' | 'refused';

const TRANSIENT_CODES = new Set([
  'OCSP_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL_ERROR',
]);
const SESSION_CODES = new Set(['SESSION_INVALID', 'SESSION_REQUIRED']);

export function failureKind(error: unknown): FailureKind {
  if (error instanceof SiuiRefusal) {
    if (SESSION_CODES.has(error.code)) return 'session';
    if (TRANSIENT_CODES.has(error.code) || error.status >= 500 || error.status === 429) return 'retry';
    return 'refused';
  }
  if (error instanceof DesktopError) {
    return error.code === 'GATEWAY_UNREACHABLE' || error.code === 'SERVER_ANSWER_INVALID'
      ? 'retry'
      : 'refused';
  }
  return 'retry';
}

export function retryAfterMs(error: unknown): number | null {
  return error instanceof SiuiRefusal && error.retryAfterSeconds !== null
    ? error.retryAfterSeconds * 1000
    : null;
}
