import type { Executor } from '../../db/executor';
import { recordAudit } from '../audit/audit.service';
import type { LimitRule, RateLimiter } from './rate-limiter';

/** One counter a failure counts against: per address, per account or house, or for everyone. */
export interface FailureCounter {
  key: string;
  limit: number;
  /** What the lockout entry in the audit trail names. */
  subject: { type: 'client-ip' | 'username' | 'house' | 'global'; id: string };
}

/**
 * Counts a failed attempt (wrong password, wrong key …) against every counter; a counter that goes
 * over its limit blocks further attempts for the lockout time, and the lockout is written to the
 * audit trail so administrators see guessing campaigns.
 */
export async function countFailure(options: {
  db: Executor;
  limiter: RateLimiter;
  counters: FailureCounter[];
  lockoutSeconds: number;
  action: 'auth.lockout' | 'activation.lockout' | 'online.lockout';
  clientIp: string;
  now: Date;
}): Promise<void> {
  const rule: Omit<LimitRule, 'limit'> = {
    windowSeconds: options.lockoutSeconds,
    blockSeconds: options.lockoutSeconds,
  };
  for (const counter of options.counters) {
    const blocked = await options.limiter.record(counter.key, { ...rule, limit: counter.limit });
    if (!blocked) continue;
    await options.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { userId: null, username: null, clientIp: options.clientIp },
        {
          action: options.action,
          entityType: counter.subject.type,
          entityId: counter.subject.id.slice(0, 128),
          houseCode: counter.subject.type === 'house' ? counter.subject.id : null,
          after: { lockedForSeconds: options.lockoutSeconds, limit: counter.limit },
        },
        options.now,
      ),
    );
  }
}
