import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './backoff';
import { normalizeFingerprint } from './gateway-client';

describe('reconnectDelayMs', () => {
  it('doubles from one second up to a minute', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 6, 7, 50].map((attempt) => reconnectDelayMs(attempt, middle))).toEqual([
      1_000, 2_000, 4_000, 8_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('spreads the attempts by ±20 %', () => {
    expect(reconnectDelayMs(2, () => 0)).toBe(3_200);
    expect(reconnectDelayMs(2, () => 1)).toBe(4_800);
  });
});

describe('normalizeFingerprint', () => {
  it('reads the fingerprint as Node and the activation answer write it', () => {
    expect(normalizeFingerprint('e2:67:0E:f8')).toBe('E2670EF8');
  });
});
