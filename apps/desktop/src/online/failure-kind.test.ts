import { describe, expect, it } from 'vitest';
import { DesktopError, SiuiRefusal } from '../errors/desktop-error';
import { failureKind, retryAfterMs } from './failure-kind';

describe('failureKind', () => {
  it('stops on refusals a person must fix', () => {
    for (const code of [
      'CERTIFICATE_SUSPENDED',
      'KEY_RESET',
      'CERTIFICATE_NOT_REGISTERED',
      'CONTRACT_ENDED',
    ]) {
      expect(failureKind(new SiuiRefusal(401, code, '…'))).toBe('refused');
    }
    expect(failureKind(new DesktopError('PIN_MISMATCH'))).toBe('refused');
    expect(failureKind(new DesktopError('CERTIFICATE_MISSING'))).toBe('refused');
  });

  it('retries when SIUI is away or busy', () => {
    expect(failureKind(new DesktopError('GATEWAY_UNREACHABLE', { reason: 'ECONNREFUSED' }))).toBe('retry');
    expect(failureKind(new SiuiRefusal(503, 'SERVICE_UNAVAILABLE', '…'))).toBe('retry');
    expect(failureKind(new SiuiRefusal(401, 'OCSP_UNAVAILABLE', '…'))).toBe('retry');
    expect(failureKind(new SiuiRefusal(429, 'TOO_MANY_ATTEMPTS', '…', 30))).toBe('retry');
    expect(retryAfterMs(new SiuiRefusal(429, 'TOO_MANY_ATTEMPTS', '…', 30))).toBe(30_000);
  });

  it('opens a new session when the token is no longer good', () => {
    expect(failureKind(new SiuiRefusal(401, 'SESSION_INVALID', '…'))).toBe('session');
  });
});
