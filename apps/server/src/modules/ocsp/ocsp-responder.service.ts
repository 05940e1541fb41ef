import { createHash } from 'node:crypto';
import type { Executor } from '../../db/executor';
import {
  type CertificateStatus,
  type OcspCertId,
  OcspRequestError,
  type OcspResponder,
  parseOcspRequest,
} from './ocsp-codec';
import { findAuthorityByCertIdHashes, registrationStatus } from './ocsp-status.repository';

// RFC 6960 answers about the certificate registry: good when at least one house registration is not
// suspended, revoked with reason certificateHold (since the last suspension) when all are, unknown
// otherwise. Statuses are read from the database on every request, so a suspension made on any
// instance shows in the very next answer.

/** How long an answer may be relied upon (nextUpdate − thisUpdate). */
export const OCSP_VALIDITY_SECONDS = 5 * 60;

export interface OcspAnswer {
  body: Uint8Array;
  /** Set for successful answers to requests without a nonce, which any cache may keep. */
  cache: { maxAgeSeconds: number; etag: string; producedAt: Date } | null;
}

export class OcspResponderService {
  constructor(
    private readonly db: Executor,
    private readonly responder: OcspResponder,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async answer(requestDer: Uint8Array): Promise<OcspAnswer> {
    let request: ReturnType<typeof parseOcspRequest>;
    try {
      request = parseOcspRequest(requestDer);
    } catch (error) {
      if (error instanceof OcspRequestError)
        return { body: this.responder.errorResponse('malformedRequest'), cache: null };
      throw error;
    }
    const now = wholeSecond(this.clock());
    const nextUpdate = new Date(now.getTime() + OCSP_VALIDITY_SECONDS * 1000);
    const responses = [];
    for (const certId of request.requests) {
      responses.push({ certId, status: await this.statusOf(certId), thisUpdate: now, nextUpdate });
    }
    const body = this.responder.signResponse({ responses, nonce: request.nonce, producedAt: now });
    const cache = request.nonce
      ? null
      : {
          maxAgeSeconds: OCSP_VALIDITY_SECONDS,
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
          producedAt: now,
        };
    return { body, cache };
  }

  private async statusOf(certId: OcspCertId): Promise<CertificateStatus> {
    if (certId.hashAlgorithm !== 'sha1' && certId.hashAlgorithm !== 'sha256') return { kind: 'unknown' };
    const authorityId = await findAuthorityByCertIdHashes(
      this.db,
      certId.hashAlgorithm,
      certId.issuerNameHash,
      certId.issuerKeyHash,
    );
    if (!authorityId) return { kind: 'unknown' };
    const registration = await registrationStatus(this.db, authorityId, certId.serialNumber);
    if (registration.total === 0) return { kind: 'unknown' };
    if (registration.active > 0) return { kind: 'good' };
    return {
      kind: 'revoked',
      revokedAt: wholeSecond(new Date(registration.lastSuspendedAt ?? this.clock())),
      reason: 'certificateHold',
    };
  }
}

/** OCSP times carry whole seconds. */
function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
