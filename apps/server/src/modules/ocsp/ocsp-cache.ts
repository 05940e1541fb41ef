/**
 * What the responder keeps between requests, and when it lets go of it.
 *
 * - Authorities by CertID issuer hashes (also "no such authority"), and the registration status
 *   of a certificate (good / certificateHold since … / unknown): dropped, all of them, the moment any
 *   registration changes (siui_certificate_changed) or CNAS changes the issuing authorities
 *   (siui_trust_changed).
 * - Signed answers to GET requests without a nonce, by the SHA-256 of the request's DER (never the
 *   request itself), until shortly before their nextUpdate, dropped at the same moments; at most
 *   MAX_ANSWERS of them and MAX_ANSWER_BYTES in all, the oldest dropped first. Answers to requests with a nonce are signed afresh
 *   every time (with the status as of the request, below).
 *
 * Every instance sharing the database hears those notifications (PostgreSQL LISTEN/NOTIFY), so a
 * suspension made anywhere empties every instance's cache. A notification is in flight for a
 * moment after its transaction commits, so nothing kept is used before a barrier: a round trip on
 * the listening connection that delivers every notification committed before it
 * (Database.syncNotifications; requests waiting at the same time share one). A change committed
 * before the request arrived has then emptied the cache, so what the cache says is what the
 * database would say — at one shared round trip instead of a query per request. Nothing is cached
 * until the subscriptions are in place, nor while the notification connection is lost (nor used
 * when a barrier fails: the database is asked), and what was read while a change arrived is not
 * kept (the generation check).
 */
import { createHash } from 'node:crypto';
import { DISCONNECTED_CHANNEL, RECONNECT_CHANNEL } from '../../db/pg-notification-listener';
import { TRUST_CHANGED_CHANNEL } from '../issuing-authorities/issuing-authorities.service';
import { CERTIFICATE_CHANGED_CHANNEL } from '../user-certificates/user-certificates.service';
import type { CertificateStatus } from './ocsp-codec';

/** The database's notifications (Database.listen and Database.syncNotifications). */
export interface Notifications {
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  syncNotifications?: (() => Promise<void>) | undefined;
}

interface Waiting {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function waiting(): Waiting {
  let resolve = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

export interface CachedAnswer {
  body: Uint8Array;
  etag: string;
  producedAt: Date;
  nextUpdate: number;
}

export const MAX_ANSWERS = 50_000;
/** Signed answers are about 1 KiB (one CertID, the responder's certificate): some 16,000 of them. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
export const MAX_AUTHORITY_KEYS = 1_000;
export const MAX_STATUSES = 200_000;

export interface OcspCacheSize {
  answers: number;
  /** Kept answers' keys, bodies and etags. */
  answerBytes: number;
  /** The longest answer key, in bytes (a digest's 32). */
  longestAnswerKey: number;
  statuses: number;
  authorities: number;
}
/** A cached answer is replaced this long before its nextUpdate, so clients never get a stale one. */
const REFRESH_BEFORE_MS = 60_000;
/** A barrier that takes longer means trouble with the connection: answer from the database then. */
const BARRIER_TIMEOUT_MS = 1_000;

/** The key an answer is kept under: SHA-256 of the request's DER, as 32 latin1 characters. */
export function answerKey(requestDer: Uint8Array): string {
  return createHash('sha256').update(requestDer).digest().toString('latin1');
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error('notification barrier timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class OcspCache {
  private generation = 0;
  private enabled = false;
  private readonly authorities = new Map<string, string | null>();
  private readonly answers = new Map<string, CachedAnswer>();
  private answerBytes = 0;
  private readonly statuses = new Map<string, CertificateStatus>();
  private sync: (() => Promise<void>) | undefined;
  /** Callers of fresh() waiting for the next barrier; `syncing` while one is under way. */
  private next: Waiting | null = null;
  private syncing = false;

  /** Subscribes to the changes that invalidate; caching starts once every subscription is in place. */
  async subscribe(notifications: Notifications): Promise<() => Promise<void>> {
    const listen = (channel: string, handler: () => void) => notifications.listen(channel, handler);
    this.sync = notifications.syncNotifications;
    const unsubscribers = [
      await listen(CERTIFICATE_CHANGED_CHANNEL, () => this.invalidate()),
      await listen(TRUST_CHANGED_CHANNEL, () => this.invalidate()),
      await listen(DISCONNECTED_CHANNEL, () => this.invalidate(false)),
      await listen(RECONNECT_CHANNEL, () => this.invalidate(true)),
    ];
    this.invalidate(true);
    return async () => {
      this.invalidate(false);
      for (const unsubscribe of unsubscribers) await unsubscribe();
    };
  }

  /** Forgets everything; `enable` false stops caching until a later invalidate(true). */
  invalidate(enable = this.enabled): void {
    this.generation += 1;
    this.enabled = enable;
    this.authorities.clear();
    this.answers.clear();
    this.answerBytes = 0;
    this.statuses.clear();
  }

  size(): OcspCacheSize {
    let longestAnswerKey = 0;
    for (const key of this.answers.keys()) {
      longestAnswerKey = Math.max(longestAnswerKey, Buffer.byteLength(key, 'latin1'));
    }
    return {
      answers: this.answers.size,
      answerBytes: this.answerBytes,
      longestAnswerKey,
      statuses: this.statuses.size,
      authorities: this.authorities.size,
    };
  }

  /** True once the barrier has passed (caching on): what is kept may then be used. */
  async trustworthy(): Promise<boolean> {
    if (!this.enabled) return false;
    try {
      await this.fresh();
      return this.enabled;
    } catch {
      return false;
    }
  }

  /** Taken before reading the database; a result is kept only if no change came in between. */
  snapshot(): number {
    return this.generation;
  }

  authority(key: string): string | null | undefined {
    return this.enabled ? this.authorities.get(key) : undefined;
  }

  status(key: string): CertificateStatus | undefined {
    return this.enabled ? this.statuses.get(key) : undefined;
  }

  rememberStatus(key: string, status: CertificateStatus, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    if (this.statuses.size >= MAX_STATUSES) this.statuses.clear();
    this.statuses.set(key, status);
  }

  rememberAuthority(key: string, id: string | null, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    if (this.authorities.size >= MAX_AUTHORITY_KEYS) this.authorities.clear();
    this.authorities.set(key, id);
  }

  /**
   * Resolves once every notification committed before the call has been handled (at once where
   * the database delivers them in-process). Concurrent callers share one round trip; one that
   * arrives while a round trip is under way waits for the next, which starts after it arrived.
   */
  fresh(): Promise<void> {
    if (!this.sync) return Promise.resolve();
    this.next ??= waiting();
    const promise = this.next.promise;
    if (!this.syncing) void this.runBarriers(this.sync);
    return promise;
  }

  private async runBarriers(sync: () => Promise<void>): Promise<void> {
    this.syncing = true;
    while (this.next) {
      const batch = this.next;
      this.next = null;
      try {
        await withTimeout(sync(), BARRIER_TIMEOUT_MS);
        batch.resolve();
      } catch (error) {
        batch.reject(error);
      }
    }
    this.syncing = false;
  }

  answer(key: string, now: number): CachedAnswer | undefined {
    if (!this.enabled) return undefined;
    const cached = this.answers.get(key);
    if (cached && now < cached.nextUpdate - REFRESH_BEFORE_MS) return cached;
    if (cached) this.forgetAnswer(key, cached);
    return undefined;
  }

  /** `key`: a digest of the request (answerKey), so that a sender cannot make keys large. */
  rememberAnswer(key: string, answer: CachedAnswer, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    const replaced = this.answers.get(key);
    if (replaced) this.forgetAnswer(key, replaced);
    this.answers.set(key, answer);
    this.answerBytes += answerSize(key, answer);
    for (const [oldKey, oldAnswer] of this.answers) {
      if (this.answers.size <= MAX_ANSWERS && this.answerBytes <= MAX_ANSWER_BYTES) break;
      this.forgetAnswer(oldKey, oldAnswer);
    }
  }

  private forgetAnswer(key: string, answer: CachedAnswer): void {
    this.answers.delete(key);
    this.answerBytes -= answerSize(key, answer);
  }
}

function answerSize(key: string, answer: CachedAnswer): number {
  return key.length + answer.body.byteLength + answer.etag.length;
}
