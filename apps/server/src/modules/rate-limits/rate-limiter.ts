import type { Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { blockKey, deleteCounter, findBlockedUntil, incrementCounter } from './rate-limit.repository';

export interface LimitRule {
  /** Events allowed within the window before the key is blocked. */
  limit: number;
  windowSeconds: number;
  /** How long the key stays blocked once over the limit. */
  blockSeconds: number;
}

/**
 * Counts events (failed logins, activation attempts …) per key and blocks a key that goes over
 * its rule. Keys look like `login:user:<name>` or `activation:ip:<address>`.
 */
export class RateLimiter {
  constructor(
    private readonly db: Executor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Throws 429 with Retry-After if any of the keys is blocked now. */
  async assertNotBlocked(keys: string[]): Promise<void> {
    const now = this.clock();
    const until = await findBlockedUntil(this.db, keys, now);
    if (until) throw tooManyAttempts(until, now);
  }

  /** Counts one event; returns true when this event blocked the key. */
  async record(key: string, rule: LimitRule): Promise<boolean> {
    const now = this.clock();
    const state = await incrementCounter(this.db, key, now, rule.windowSeconds);
    if (state.count < rule.limit) return false;
    const alreadyBlocked = state.blockedUntil !== null && state.blockedUntil > now;
    await blockKey(this.db, key, new Date(now.getTime() + rule.blockSeconds * 1000));
    return !alreadyBlocked;
  }

  async reset(key: string): Promise<void> {
    await deleteCounter(this.db, key);
  }
}

export function tooManyAttempts(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('TOO_MANY_ATTEMPTS', {
    params: { seconds },
    headers: { 'retry-after': String(seconds) },
  });
}
