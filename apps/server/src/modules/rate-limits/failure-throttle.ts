import type { Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { blockKey, deleteCounter, giveBackCounter, incrementCounter } from './rate-limit.repository';

/**
 * One counter an attempt counts against.
 * - blocking counters (an address, an account): over the limit, further attempts are refused (429);
 * - alert counters (everyone, a house): over the limit, administrators are told (warn log + one
 *   audit entry per window) and nobody is refused: a counter shared by strangers, if it blocked,
 *   would be a switch any attacker could pull to lock out every other provider or staff member.
 */
export interface ThrottleCounter {
  key: string;
  limit: number;
  /** What the lockout or alert entry in the audit trail names. */
  subject: { type: 'client-ip' | 'username' | 'house' | 'global'; id: string };
}

export interface AlertLog {
  warn(object: Record<string, unknown>, message: string): void;
}

export const SILENT_LOG: AlertLog = { warn() {} };

type Entry = 'auth' | 'activation' | 'online';

/** An attempt already counted against the blocking counters, awaiting its verdict. */
export interface Attempt {
  /** Clears the counters named (an account whose secret was just proven starts afresh). */
  reset(keys: string[]): Promise<void>;
  /** The attempt was right: its count is given back on every counter not reset. */
  succeeded(): Promise<void>;
  /** The attempt was a wrong guess: the alert counters count it. */
  failed(alerts: ThrottleCounter[]): Promise<void>;
}

/**
 * Count first, verify after. Checking a counter and counting a failure later lets a burst of
 * concurrent guesses all pass the check before any of them is counted. Instead every attempt is
 * counted on each blocking counter *before* it is verified, by the single upsert that returns the
 * new count (rate-limit.repository.ts): of N concurrent attempts, on any number of instances
 * sharing the database, only those that drew a count within the limit go on to be verified.
 * A right attempt gives its count back, so in effect the counters hold the window's failures (and
 * the refusals: an attempt refused here is never given back). The attempt that first goes over
 * blocks the key for the lockout time and writes the lockout to the audit trail.
 */
export class AttemptThrottle {
  constructor(
    private readonly db: Executor,
    private readonly options: {
      entry: Entry;
      lockoutSeconds: number;
      clock: () => Date;
      log: AlertLog;
    },
  ) {}

  /**
   * Counts the attempt on the blocking counters; throws 429 (with Retry-After) when one is over
   * its limit. In the order given (the address first): an address already refused does not also
   * wear down the account it names.
   */
  async admit(blocking: ThrottleCounter[], clientIp: string): Promise<Attempt> {
    const counted: { key: string; windowStartedAt: Date }[] = [];
    for (const counter of blocking) {
      const now = this.options.clock();
      const state = await incrementCounter(this.db, counter.key, now, this.options.lockoutSeconds);
      counted.push({ key: counter.key, windowStartedAt: state.windowStartedAt });
      if (state.blockedUntil && state.blockedUntil > now) throw tooManyAttempts(state.blockedUntil, now);
      if (state.count <= counter.limit) continue;
      const until = new Date(now.getTime() + this.options.lockoutSeconds * 1000);
      await blockKey(this.db, counter.key, until);
      // Exactly one attempt draws limit + 1 in a window: one lockout entry per lockout.
      if (state.count === counter.limit + 1) await this.audit('lockout', counter, clientIp, now);
      throw tooManyAttempts(until, now);
    }
    const settled = new Set<string>();
    return {
      reset: async (keys) => {
        for (const key of keys) {
          settled.add(key);
          await deleteCounter(this.db, key);
        }
      },
      succeeded: async () => {
        for (const { key, windowStartedAt } of counted) {
          if (settled.has(key)) continue;
          settled.add(key);
          await giveBackCounter(this.db, key, windowStartedAt);
        }
      },
      failed: async (alerts) => {
        for (const counter of alerts) {
          const now = this.options.clock();
          const state = await incrementCounter(this.db, counter.key, now, this.options.lockoutSeconds);
          if (state.count !== counter.limit) continue;
          this.options.log.warn(
            { alert: `${this.options.entry}.alert`, subject: counter.subject, limit: counter.limit },
            'failed attempts over the alert threshold',
          );
          await this.audit('alert', counter, clientIp, now);
        }
      },
    };
  }

  private async audit(kind: 'lockout' | 'alert', counter: ThrottleCounter, clientIp: string, now: Date) {
    const seconds = this.options.lockoutSeconds;
    await this.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { userId: null, username: null, clientIp },
        {
          action: `${this.options.entry}.${kind}`,
          entityType: counter.subject.type,
          entityId: counter.subject.id.slice(0, 128),
          houseCode: counter.subject.type === 'house' ? counter.subject.id : null,
          after:
            kind === 'lockout'
              ? { lockedForSeconds: seconds, limit: counter.limit }
              : { windowSeconds: seconds, limit: counter.limit },
        },
        now,
      ),
    );
  }
}

export function tooManyAttempts(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('TOO_MANY_ATTEMPTS', {
    params: { seconds },
    headers: { 'retry-after': String(seconds) },
  });
}
