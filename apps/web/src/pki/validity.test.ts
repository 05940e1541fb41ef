import { describe, expect, it } from 'vitest';
import { validityOf } from './validity';

const now = new Date('2026-11-28T10:00:00Z');

describe('certificate validity highlight', () => {
  it('tells a certificate not valid yet', () => {
    expect(validityOf('2026-12-01T00:00:00Z', '2027-12-01T00:00:00Z', now)).toEqual({
      state: 'NOT_YET_VALID',
    });
  });

  it('tells an expired certificate', () => {
    expect(validityOf('2025-01-01T00:00:00Z', '2026-11-28T09:59:59Z', now)).toEqual({ state: 'EXPIRED' });
  });

  it('warns from 30 days before the end, like the server', () => {
    expect(validityOf('2026-01-01T00:00:00Z', '2026-12-28T10:00:00Z', now)).toEqual({
      state: 'EXPIRES_SOON',
      daysLeft: 30,
    });
    expect(validityOf('2026-01-01T00:00:00Z', '2026-11-28T20:00:00Z', now)).toEqual({
      state: 'EXPIRES_SOON',
      daysLeft: 0,
    });
    expect(validityOf('2026-01-01T00:00:00Z', '2026-12-29T10:00:00Z', now)).toEqual({
      state: 'VALID',
      daysLeft: 31,
    });
  });
});
