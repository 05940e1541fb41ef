import { describe, expect, it } from 'vitest';
import { addressKey, MAX_ADDRESSES, OcspRateLimiter } from './ocsp-rate-limit';

describe('OCSP rate limit', () => {
  it('gives an address its burst, then a token per 1/rate seconds, and says when to retry', () => {
    let now = 0;
    const limiter = new OcspRateLimiter({ perSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('192.0.2.1'))).toEqual([0, 0, 0, 1]);
    now += 499;
    expect(limiter.take('192.0.2.1')).toBe(1);
    now += 1;
    expect(limiter.take('192.0.2.1')).toBe(0);
    expect(limiter.take('192.0.2.2')).toBe(0);
    // A clock going back gives nothing.
    now -= 10_000;
    expect(limiter.take('192.0.2.1')).toBe(1);
  });

  it('reads every spelling of one client as one address', () => {
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:0:1::1')).toBe(addressKey('2001:0DB8:0000:0001:ffff:ffff:ffff:ffff'));
    expect(addressKey('2001:db8:0:1::1')).toBe(addressKey('2001:db8:0:1:0:0:0:2%eth0'));
    expect(addressKey('2001:db8:0:1::1')).not.toBe(addressKey('2001:db8:0:2::1'));
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps at most MAX_ADDRESSES buckets under 20,000 addresses, dropping the least recently used', () => {
    const limiter = new OcspRateLimiter({ perSecond: 1, burst: 1 }, () => 0);
    limiter.take('198.51.100.1');
    for (let n = 0; n < 20_000; n += 1) {
      limiter.take(`10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`);
      if (n % 1000 === 0) limiter.take('198.51.100.1');
      expect(limiter.size()).toBeLessThanOrEqual(MAX_ADDRESSES);
    }
    expect(limiter.size()).toBe(MAX_ADDRESSES);
    // Used all along, so never dropped: its bucket is still empty.
    expect(limiter.take('198.51.100.1')).toBe(1);
    // Dropped long ago: starts again with a full bucket, as a new address would.
    expect(limiter.take('10.0.0.0')).toBe(0);
  });
});
