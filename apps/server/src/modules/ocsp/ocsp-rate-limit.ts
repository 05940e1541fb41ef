/**
 * The OCSP responder's per-address rate limit: a token bucket per client address (an IPv6 client
 * by its /64, which one subscriber gets whole), kept in memory by each instance. The buckets are
 * an LRU map of at most MAX_ADDRESSES entries, so a sender rotating addresses costs a bounded
 * amount of memory; an address pushed out starts again with a full bucket, which is no more than
 * a new address would get.
 */
import { isIPv4, isIPv6 } from 'node:net';

export interface OcspRateLimitSettings {
  /** Tokens added per second to each address's bucket. */
  perSecond: number;
  /** What a bucket holds: requests an address may send at once after a quiet spell. */
  burst: number;
}

export const MAX_ADDRESSES = 10_000;

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms, `now`'s scale). */
  at: number;
}

export class OcspRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `now`: milliseconds on a clock that only goes forward (performance.now by default). */
  constructor(
    private readonly settings: OcspRateLimitSettings,
    private readonly now: () => number = () => performance.now(),
    private readonly maxAddresses = MAX_ADDRESSES,
  ) {}

  /**
   * Takes a token from the address's bucket: 0 when the request may be answered, otherwise the
   * whole seconds after which one will be there again (for Retry-After).
   */
  take(address: string): number {
    const key = addressKey(address);
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key);
      const elapsed = Math.max(0, now - bucket.at);
      bucket.tokens = Math.min(
        this.settings.burst,
        bucket.tokens + (elapsed / 1000) * this.settings.perSecond,
      );
      bucket.at = now;
    } else {
      if (this.buckets.size >= this.maxAddresses) {
        const leastRecent = this.buckets.keys().next().value;
        if (leastRecent !== undefined) this.buckets.delete(leastRecent);
      }
      bucket = { tokens: this.settings.burst, at: now };
    }
    // Re-inserted: the Map's order is the order of use, its first key the least recently used.
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.settings.perSecond));
  }

  /** Addresses with a bucket now (at most maxAddresses). */
  size(): number {
    return this.buckets.size;
  }
}

/**
 * Whose bucket a request takes from: an IPv4 address (also when written IPv4-mapped, ::ffff:a.b.c.d),
 * or the first 64 bits of an IPv6 address, however it is written.
 */
export function addressKey(address: string): string {
  const unzoned = address.split('%')[0] ?? address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(unzoned);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(unzoned) || !isIPv6(unzoned)) return unzoned;
  const [head = '', tail] = unzoned.toLowerCase().split('::');
  const groups = (text: string | undefined) =>
    text ? text.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
