import { createHash } from 'node:crypto';
import type { Executor } from '../../db/executor';
import {
  answerKey,
  type CachedAnswer,
  type Notifications,
  OcspCache,
  type OcspCacheSize,
} from './ocsp-cache';
import {
  type CertificateStatus,
  MAX_OCSP_REQUEST_BYTES,
  type OcspCertId,
  OcspRequestError,
  type OcspResponder,
  type ParsedOcspRequest,
} from './ocsp-codec';
import { OcspRequestCache, type RequestCacheSize } from './ocsp-request-cache';
import { findAuthorityByCertIdHashes, registrationStatus } from './ocsp-status.repository';

// RFC 6960 answers about the certificate registry: good when at least one house registration is not
// suspended, revoked with reason certificateHold (since the last suspension) when all are, unknown
// otherwise. Every answer to a request with a nonce is signed afresh; a GET without a nonce may be
// answered with the signed answer kept for it. Statuses and answers are kept in memory and dropped
// on every instance the moment a registration or the trust changes; a barrier on the notification
// connection makes sure every change committed before the request has been heard before anything
// kept is used (ocsp-cache.ts), so each answer says what the database says at that moment.

/** How long an answer may be relied upon (nextUpdate − thisUpdate). */
export const OCSP_VALIDITY_SECONDS = 5 * 60;

export interface OcspAnswer {
  body: Uint8Array;
  /** Set for successful answers to requests without a nonce, which any cache may keep. */
  cache: { maxAgeSeconds: number; etag: string; producedAt: Date } | null;
}

export class OcspResponderService {
  private readonly requests = new OcspRequestCache();
  private readonly cache = new OcspCache();

  constructor(
    private readonly db: Executor,
    private readonly responder: OcspResponder,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Starts caching: listens to the changes that invalidate (every instance hears them). */
  listen(notifications: Notifications): Promise<() => Promise<void>> {
    return this.cache.subscribe(notifications);
  }

  /** What the caches hold now (their caps are in ocsp-cache.ts and ocsp-request-cache.ts). */
  cacheSize(): { answers: OcspCacheSize; requests: RequestCacheSize } {
    return { answers: this.cache.size(), requests: this.requests.size() };
  }

  /**
   * `cacheable`: a GET request, whose answer (only without a nonce) may be kept and given again,
   * under the digest of its DER. A kept one is used after the notification barrier, so that a
   * change committed before this request has been heard.
   */
  async answer(requestDer: Uint8Array, { cacheable }: { cacheable: boolean }): Promise<OcspAnswer> {
    // Refused before anything is hashed, looked up or read from the database.
    if (requestDer.byteLength === 0 || requestDer.byteLength > MAX_OCSP_REQUEST_BYTES) {
      return { body: this.responder.errorResponse('malformedRequest'), cache: null };
    }
    const key = cacheable ? answerKey(requestDer) : undefined;
    if (key !== undefined) {
      const kept = await this.keptAnswer(key);
      if (kept) return kept;
    }
    let request: ParsedOcspRequest;
    try {
      request = this.requests.parse(requestDer);
    } catch (error) {
      if (error instanceof OcspRequestError)
        return { body: this.responder.errorResponse('malformedRequest'), cache: null };
      throw error;
    }
    // After the barrier, what the cache holds is what the database would answer (ocsp-cache.ts).
    const trusted = await this.cache.trustworthy();
    const generation = this.cache.snapshot();
    const now = wholeSecond(this.clock());
    const nextUpdate = new Date(now.getTime() + OCSP_VALIDITY_SECONDS * 1000);
    const responses = [];
    for (const certId of request.requests) {
      const status = await this.statusOf(certId, trusted, generation);
      responses.push({ certId, status, thisUpdate: now, nextUpdate });
    }
    const body = this.responder.signResponse({ responses, nonce: request.nonce, producedAt: now });
    if (request.nonce) return { body, cache: null };
    const cached: CachedAnswer = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
      producedAt: now,
      nextUpdate: nextUpdate.getTime(),
    };
    if (key !== undefined) this.cache.rememberAnswer(key, cached, generation);
    return toAnswer(cached, now.getTime());
  }

  private async keptAnswer(key: string): Promise<OcspAnswer | undefined> {
    if (!this.cache.answer(key, this.clock().getTime())) return undefined;
    try {
      await this.cache.fresh();
    } catch {
      return undefined;
    }
    const now = this.clock().getTime();
    const cached = this.cache.answer(key, now);
    return cached ? toAnswer(cached, now) : undefined;
  }

  private async statusOf(
    certId: OcspCertId,
    trusted: boolean,
    generation: number,
  ): Promise<CertificateStatus> {
    if (certId.hashAlgorithm !== 'sha1' && certId.hashAlgorithm !== 'sha256') return { kind: 'unknown' };
    const authorityKey = `${certId.hashAlgorithm}:${certId.issuerNameHash}:${certId.issuerKeyHash}`;
    let authorityId = trusted ? this.cache.authority(authorityKey) : undefined;
    if (authorityId === undefined) {
      authorityId =
        (await findAuthorityByCertIdHashes(
          this.db,
          certId.hashAlgorithm,
          certId.issuerNameHash,
          certId.issuerKeyHash,
        )) ?? null;
      this.cache.rememberAuthority(authorityKey, authorityId, generation);
    }
    if (!authorityId) return { kind: 'unknown' };
    const statusKey = `${authorityId}:${certId.serialNumber}`;
    const known = trusted ? this.cache.status(statusKey) : undefined;
    if (known) return known;
    const status = await this.registrationStatusOf(authorityId, certId.serialNumber);
    this.cache.rememberStatus(statusKey, status, generation);
    return status;
  }

  private async registrationStatusOf(authorityId: string, serial: string): Promise<CertificateStatus> {
    const registration = await registrationStatus(this.db, authorityId, serial);
    if (registration.total === 0) return { kind: 'unknown' };
    if (registration.active > 0) return { kind: 'good' };
    return {
      kind: 'revoked',
      revokedAt: wholeSecond(new Date(registration.lastSuspendedAt ?? this.clock())),
      reason: 'certificateHold',
    };
  }
}

function toAnswer(cached: CachedAnswer, now: number): OcspAnswer {
  return {
    body: cached.body,
    cache: {
      maxAgeSeconds: Math.max(0, Math.floor((cached.nextUpdate - now) / 1000)),
      etag: cached.etag,
      producedAt: cached.producedAt,
    },
  };
}

/** OCSP times carry whole seconds. */
function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
