import { sql } from 'kysely';
import type { Executor } from '../../db/executor';

// Fixed-window counters kept in the database, so every server instance sees the same counts.

export interface CounterState {
  count: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export async function incrementCounter(
  db: Executor,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<CounterState> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_started_at: now, count: 1, blocked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when rate_limits.window_started_at < ${windowStart} then 1 else rate_limits.count + 1 end`,
        window_started_at: sql`case when rate_limits.window_started_at < ${windowStart} then ${now}::timestamptz else rate_limits.window_started_at end`,
      }),
    )
    .returning(['count', 'window_started_at', 'blocked_until'])
    .executeTakeFirstOrThrow();
  return { count: row.count, windowStartedAt: row.window_started_at, blockedUntil: row.blocked_until };
}

/**
 * Gives back one event counted in the window that started at `windowStartedAt` (a successful
 * attempt counted before it was verified); a window that has since restarted is left alone.
 */
export async function giveBackCounter(db: Executor, key: string, windowStartedAt: Date): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ count: sql`rate_limits.count - 1` })
    .where('key', '=', key)
    .where('window_started_at', '=', windowStartedAt)
    .where('count', '>', 0)
    .execute();
}

export async function blockKey(db: Executor, key: string, until: Date): Promise<void> {
  await db.updateTable('rate_limits').set({ blocked_until: until }).where('key', '=', key).execute();
}

export async function deleteCounter(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

export async function deleteStaleCounters(db: Executor, olderThan: Date): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('window_started_at', '<', olderThan)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', olderThan)]))
    .execute();
}
