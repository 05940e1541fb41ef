import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DISCONNECTED_CHANNEL, RECONNECT_CHANNEL } from '../../db/pg-notification-listener';
import { CERTIFICATE_CHANGED_CHANNEL } from '../user-certificates/user-certificates.service';
import { answerKey, MAX_ANSWER_BYTES, MAX_ANSWERS, OcspCache } from './ocsp-cache';

// The rules that keep a cached OCSP status from outliving a change: what the notification
// connection's troubles and the barrier's timing do to it.

const GOOD = { kind: 'good' } as const;

/** Notifications as the database gives them, with the barrier's round trips under the test's control. */
function fakeNotifications() {
  const handlers = new Map<string, (payload: string) => void>();
  const barriers: { resolve(): void; reject(error: Error): void }[] = [];
  return {
    listen: async (channel: string, handler: (payload: string) => void) => {
      handlers.set(channel, handler);
      return async () => {
        handlers.delete(channel);
      };
    },
    syncNotifications: () =>
      new Promise<void>((resolve, reject) => {
        barriers.push({ resolve, reject });
      }),
    notify: (channel: string) => handlers.get(channel)?.(''),
    barriers,
  };
}

async function cacheWith(notifications: ReturnType<typeof fakeNotifications>) {
  const cache = new OcspCache();
  await cache.subscribe(notifications);
  return cache;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('OCSP cache', () => {
  it('forgets on a change, and keeps nothing read while a change arrived', async () => {
    const notifications = fakeNotifications();
    const cache = await cacheWith(notifications);
    cache.rememberStatus('a', GOOD, cache.snapshot());
    expect(cache.status('a')).toEqual(GOOD);
    notifications.notify(CERTIFICATE_CHANGED_CHANNEL);
    expect(cache.status('a')).toBeUndefined();
    // Read before the change, kept after it: dropped.
    const before = cache.snapshot();
    notifications.notify(CERTIFICATE_CHANGED_CHANNEL);
    cache.rememberStatus('a', GOOD, before);
    expect(cache.status('a')).toBeUndefined();
  });

  it('is not used while the notification connection is lost, and starts empty when it is back', async () => {
    const notifications = fakeNotifications();
    const cache = await cacheWith(notifications);
    cache.rememberStatus('a', GOOD, cache.snapshot());
    notifications.notify(DISCONNECTED_CHANNEL);
    expect(await cache.trustworthy()).toBe(false);
    expect(cache.status('a')).toBeUndefined();
    cache.rememberStatus('a', GOOD, cache.snapshot());
    expect(cache.status('a')).toBeUndefined();
    notifications.notify(RECONNECT_CHANNEL);
    expect(cache.status('a')).toBeUndefined();
    cache.rememberStatus('a', GOOD, cache.snapshot());
    expect(cache.status('a')).toEqual(GOOD);
  });

  it('makes a request that arrives during a barrier wait for the next one', async () => {
    const notifications = fakeNotifications();
    const cache = await cacheWith(notifications);
    const first = cache.trustworthy();
    await tick();
    expect(notifications.barriers).toHaveLength(1);
    // Arrives while the first round trip is under way: a change committed just before it may
    // not be covered by that round trip, so it must wait for a second one.
    let secondDone = false;
    const second = cache.trustworthy().then((value) => {
      secondDone = true;
      return value;
    });
    notifications.barriers[0]?.resolve();
    expect(await first).toBe(true);
    await tick();
    expect(secondDone).toBe(false);
    expect(notifications.barriers).toHaveLength(2);
    notifications.barriers[1]?.resolve();
    expect(await second).toBe(true);
  });

  it('is not trusted when the barrier fails', async () => {
    const notifications = fakeNotifications();
    const cache = await cacheWith(notifications);
    const answer = cache.trustworthy();
    await tick();
    notifications.barriers[0]?.reject(new Error('connection lost'));
    expect(await answer).toBe(false);
  });

  it('keeps 20,000 answers to distinct padded requests within its caps, under 32-byte keys', async () => {
    const cache = await cacheWith(fakeNotifications());
    const keys: string[] = [];
    for (let n = 0; n < 20_000; n += 1) {
      const key = answerKey(randomBytes(3500));
      keys.push(key);
      const body = new Uint8Array(randomBytes(1500));
      cache.rememberAnswer(
        key,
        { body, etag: '"e"', producedAt: new Date(0), nextUpdate: 1e12 },
        cache.snapshot(),
      );
    }
    const size = cache.size();
    expect(size.longestAnswerKey).toBe(32);
    expect(size.answers).toBeLessThanOrEqual(MAX_ANSWERS);
    // 20,000 answers of 1.5 KB are over the byte cap: the oldest went, the newest stayed.
    expect(size.answerBytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    expect(size.answers).toBeLessThan(20_000);
    expect(cache.answer(keys[0] as string, 0)).toBeUndefined();
    expect(cache.answer(keys[19_999] as string, 0)).toBeDefined();
  });
});
