import { createHash, randomBytes } from 'node:crypto';
import { type ErrorCode, normalizeLicenseKey, type OnlineSession, type ProviderCategory } from '@siui/core';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { Executor } from '../../db/executor';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { type ParsedCertificate, validityState } from '../../pki/certificate';
import { findKeyByHash } from '../activation-keys/activation-keys.repository';
import type { KeyHasher } from '../activation-keys/key-hasher';
import {
  logOnlineOperation,
  type OnlineOperation,
  type OnlineOperationRecord,
} from '../ocsp-log/ocsp-log.writer';
import { type AlertLog, AttemptThrottle, SILENT_LOG } from '../rate-limits/failure-throttle';
import { basicCredentials } from './basic-credentials';
import { closeSession, findSessionState } from './online-session.repository';
import { findSessionCandidate, insertSessionWithLog } from './online-session-open.repository';
import type { TrustStore } from './trust-store';
import type { UpstreamOcspChecker } from './upstream-ocsp';

export interface SessionContext {
  sessionId: string;
  houseCode: string;
  userId: string;
  username: string;
  providerId: string;
  providerCode: string;
  category: ProviderCategory;
  contractStart: string;
  contractEnd: string;
  serial: string;
  authorityId: string;
}

export interface OnlineRequest {
  certificate: ParsedCertificate | null;
  clientIp: string;
}

const SESSION_SECONDS = 8 * 60 * 60;
const GLOBAL_ONLINE_KEY = 'online:global';
const DEFAULT_THROTTLE: Config['onlineThrottle'] = {
  maxFailuresPerIp: 30,
  maxFailuresPerUser: 10,
  maxFailuresGlobal: 5_000,
  lockoutSeconds: 15 * 60,
};

/**
 * GET /online/v1/session and the check every later request passes. The attempt is counted against
 * the address (and the user it names) before anything else is looked at. The activation key is
 * proven before anything the registry holds is used: until then the caller is a stranger who
 * learns only what it sent itself (its certificate is missing, untrusted or out of date) or one
 * refusal, KEY_INVALID, whatever the user, the key or the registration; its attempt goes to the
 * Log OCSP unattributed (no house, the name it claimed kept in the details), so no one can write
 * into a house's log under a name of their choosing. Once the key is proven the checks follow
 * the order in which a provider can fix things: certificate, its registration, the issuer's word,
 * the contract, and every line goes to the house's Log OCSP.
 */
export class OnlineSessionService {
  private readonly attempts: AttemptThrottle;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly hasher: KeyHasher,
    private readonly trust: TrustStore,
    private readonly upstream: UpstreamOcspChecker,
    private readonly clock: () => Date = () => new Date(),
    private readonly throttle: Config['onlineThrottle'] = DEFAULT_THROTTLE,
    log: AlertLog = SILENT_LOG,
  ) {
    this.attempts = new AttemptThrottle(db, {
      entry: 'online',
      lockoutSeconds: throttle.lockoutSeconds,
      clock,
      log,
    });
  }

  async open(request: OnlineRequest & { authorization: string | undefined }): Promise<OnlineSession> {
    const log: Omit<OnlineOperationRecord, 'result'> = {
      operation: 'SESSION',
      houseCode: null,
      clientIp: request.clientIp,
      certificateSerial: request.certificate?.serialNumber ?? null,
    };
    const refuse = (
      code: ErrorCode,
      params: Record<string, string> = {},
      details?: Record<string, unknown>,
      logReason: string = code,
    ) => this.refuse(log, code, params, details, logReason);

    const credentials = basicCredentials(request.authorization);
    const claimed = credentials?.username.toLowerCase().slice(0, 128);
    const userKey = `online:user:${claimed}`;
    const attempt = await this.attempts.admit(
      [
        {
          key: `online:ip:${request.clientIp}`,
          limit: this.throttle.maxFailuresPerIp,
          subject: { type: 'client-ip', id: request.clientIp },
        },
        ...(claimed
          ? [
              {
                key: userKey,
                limit: this.throttle.maxFailuresPerUser,
                subject: { type: 'username' as const, id: claimed },
              },
            ]
          : []),
      ],
      request.clientIp,
    );

    const certificate = request.certificate;
    const authority = certificate ? await this.trust.issuerOf(certificate) : undefined;
    // One statement reads all the checks below need (online-session-open.repository.ts).
    const found = credentials
      ? await findSessionCandidate(this.db, {
          username: credentials.username.toLowerCase(),
          authorityId: authority?.id ?? null,
          serial: certificate?.serialNumber ?? null,
        })
      : undefined;
    const user =
      found?.userId && found.houseCode && found.providerId && found.userActive
        ? { ...found, id: found.userId, houseCode: found.houseCode, providerId: found.providerId }
        : undefined;
    const identity = user && found?.identityProviderId ? identityOf(found) : undefined;
    const key = credentials ? normalizeLicenseKey(credentials.password) : undefined;
    const proven = Boolean(
      identity && key?.ok && found?.keyHash && this.hasher.matches(key.key, found.keyHash),
    );
    // A proven key clears the user's count, whatever the certificate's fate: only guesses wear it.
    if (proven) await attempt.reset([userKey]);
    // Looked up for every wrong key, known user or not, so the time taken tells nothing either.
    const old = !proven && key?.ok ? await findKeyByHash(this.db, this.hasher.hash(key.key)) : undefined;
    // A reset key is a key once given to this provider: whoever holds it was the provider.
    const resetKey = Boolean(identity && old?.providerId === user?.providerId && old?.revokedAt);
    if (user && identity && (proven || resetKey)) {
      Object.assign(log, {
        houseCode: user.houseCode,
        externalUserId: user.id,
        externalUsername: user.username,
        providerId: identity.providerId,
        providerCode: identity.code,
      });
    } else if (credentials) {
      log.details = { claimedUsername: credentials.username.slice(0, 128) };
    }

    if (!certificate) return refuse('CLIENT_CERTIFICATE_REQUIRED');
    if (!authority) return refuse('UNTRUSTED_ISSUER', {}, { issuer: certificate.issuerDn });
    log.issuingAuthorityId = authority.id;
    const now = this.clock();
    const validity = validityState(certificate, now);
    if (validity === 'EXPIRED') return refuse('CERTIFICATE_EXPIRED');
    if (validity === 'NOT_YET_VALID') return refuse('CERTIFICATE_NOT_YET_VALID');

    if (!credentials || !found) return refuse('CREDENTIALS_REQUIRED');
    if (!user || !identity || !proven || !found.keyId) {
      await attempt.failed([
        {
          key: GLOBAL_ONLINE_KEY,
          limit: this.throttle.maxFailuresGlobal,
          subject: { type: 'global', id: 'online' },
        },
      ]);
      if (resetKey) return refuse('KEY_RESET');
      // The log keeps the true reason for CNAS; the caller gets the one answer.
      return refuse('KEY_INVALID', {}, undefined, identity ? 'KEY_INVALID' : 'UNKNOWN_USER');
    }

    if (!found.registrationId) {
      return refuse('CERTIFICATE_NOT_REGISTERED', {
        serial: certificate.serialNumber,
        house: user.houseCode,
        username: user.username ?? '',
      });
    }
    if (found.suspended) return refuse('CERTIFICATE_SUSPENDED');

    const verdict = await this.upstream.check(authority, certificate);
    let ocspWarning: string | null = null;
    if (verdict.kind === 'answered' && verdict.result.status === 'revoked') {
      return refuse('CERTIFICATE_REVOKED', { reason: verdict.result.reason ?? 'unspecified' });
    }
    if (verdict.kind === 'answered' && verdict.result.status === 'unknown') return refuse('OCSP_UNKNOWN');
    if (verdict.kind === 'failed') {
      if (authority.ocspPolicy === 'HARD_FAIL')
        return refuse('OCSP_UNAVAILABLE', {}, { ocspError: verdict.error.code });
      ocspWarning = verdict.error.code;
    }

    const today = now.toISOString().slice(0, 10);
    if (!identity.active) return refuse('PROVIDER_INACTIVE');
    if (today < identity.contractStart)
      return refuse('CONTRACT_NOT_STARTED', { date: identity.contractStart });
    if (today > identity.contractEnd) return refuse('CONTRACT_ENDED', { date: identity.contractEnd });

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_SECONDS * 1000);
    await insertSessionWithLog(
      this.db,
      {
        id: sessionIdOf(token),
        houseCode: user.houseCode,
        userId: user.id,
        providerId: user.providerId,
        userCertificateId: found.registrationId,
        activationKeyId: found.keyId,
        fingerprint: certificate.sha256Fingerprint,
        serial: certificate.serialNumber,
        clientIp: request.clientIp,
        createdAt: now,
        expiresAt,
      },
      {
        ...log,
        result: 'ALLOWED',
        at: now,
        ...(ocspWarning ? { reasonCode: 'OCSP_SOFT_FAIL', details: { ocspError: ocspWarning } } : {}),
      },
    );
    await attempt.succeeded();
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      provider: {
        code: identity.code,
        name: identity.name,
        fiscalCode: identity.fiscalCode,
        category: identity.category as ProviderCategory,
        contract: {
          number: identity.contractNumber,
          start: identity.contractStart,
          end: identity.contractEnd,
        },
      },
      externalUsername: user.username ?? '',
      insuranceHouse: { code: user.houseCode, name: found.houseName ?? '' },
      certificate: {
        serialNumber: certificate.serialNumber,
        subjectDn: certificate.subjectDn,
        notAfter: certificate.notAfter.toISOString(),
        issuingAuthority: authority.name,
      },
      ocspWarning,
    };
  }

  /** Every request after the session: re-checked against the database, never against a cache. */
  async verify(
    request: OnlineRequest & { token: string | undefined; operation: OnlineOperation },
  ): Promise<SessionContext> {
    const log: Omit<OnlineOperationRecord, 'result'> = {
      operation: request.operation,
      houseCode: null,
      clientIp: request.clientIp,
      certificateSerial: request.certificate?.serialNumber ?? null,
    };
    const refuse = (code: ErrorCode, params: Record<string, string> = {}) => this.refuse(log, code, params);
    const certificate = request.certificate;
    if (!certificate) return refuse('CLIENT_CERTIFICATE_REQUIRED');
    if (!request.token) return refuse('SESSION_REQUIRED');
    const state = await findSessionState(this.db, sessionIdOf(request.token));
    if (!state || state.fingerprint !== certificate.sha256Fingerprint) return refuse('SESSION_INVALID');
    Object.assign(log, {
      houseCode: state.houseCode,
      providerId: state.providerId,
      providerCode: state.providerCode,
      externalUserId: state.userId,
      externalUsername: state.username,
      issuingAuthorityId: state.authorityId,
    });
    const now = this.clock();
    if (state.suspended) return refuse('CERTIFICATE_SUSPENDED');
    if (state.keyRevokedAt) return refuse('KEY_RESET');
    if (!state.authorityActive) return refuse('UNTRUSTED_ISSUER');
    if (state.closedAt || new Date(state.expiresAt) <= now || !state.userActive)
      return refuse('SESSION_INVALID');
    if (validityState(certificate, now) === 'EXPIRED') return refuse('CERTIFICATE_EXPIRED');
    const today = now.toISOString().slice(0, 10);
    if (!state.providerActive) return refuse('PROVIDER_INACTIVE');
    if (today > state.contractEnd) return refuse('CONTRACT_ENDED', { date: state.contractEnd });
    return {
      sessionId: state.id,
      houseCode: state.houseCode,
      userId: state.userId,
      username: state.username,
      providerId: state.providerId,
      providerCode: state.providerCode,
      category: state.category as ProviderCategory,
      contractStart: state.contractStart,
      contractEnd: state.contractEnd,
      serial: state.serial,
      authorityId: state.authorityId,
    };
  }

  /** *Deconectare*: the session ends on every instance; the Log OCSP keeps the logout. */
  async close(context: SessionContext, clientIp: string): Promise<void> {
    // Both or neither: a logout the Log OCSP does not show must not have happened.
    await this.db.transaction().execute(async (trx) => {
      await closeSession(trx, context.sessionId, this.clock(), 'LOGOUT');
      await this.logAllowed(context, 'SESSION', clientIp, { closed: 'LOGOUT' }, trx);
    });
  }

  /** Records an allowed operation made within a session. */
  async logAllowed(
    context: SessionContext,
    operation: OnlineOperation,
    clientIp: string,
    details?: Record<string, unknown>,
    db: Executor = this.db,
  ) {
    await logOnlineOperation(db, {
      operation,
      result: 'ALLOWED',
      houseCode: context.houseCode,
      providerId: context.providerId,
      providerCode: context.providerCode,
      externalUserId: context.userId,
      externalUsername: context.username,
      certificateSerial: context.serial,
      issuingAuthorityId: context.authorityId,
      clientIp,
      ...(details ? { details } : {}),
    });
  }

  private async refuse(
    log: Omit<OnlineOperationRecord, 'result'>,
    code: ErrorCode,
    params: Record<string, string>,
    details?: Record<string, unknown>,
    logReason: string = code,
  ): Promise<never> {
    await logOnlineOperation(this.db, {
      ...log,
      result: 'REFUSED',
      reasonCode: logReason,
      ...(details ? { details: { ...log.details, ...details } } : {}),
    });
    throw new AppError(code, {
      params,
      ...(code === 'CREDENTIALS_REQUIRED'
        ? { headers: { 'www-authenticate': 'Basic realm="SIUI", charset="UTF-8"' } }
        : {}),
    });
  }
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

type SessionCandidate = Awaited<ReturnType<typeof findSessionCandidate>>;

/** The provider part of the candidate row, all set (the provider exists). */
function identityOf(found: SessionCandidate) {
  return {
    providerId: found.identityProviderId as string,
    code: found.code as string,
    name: found.name as string,
    fiscalCode: found.fiscalCode as string,
    category: found.category as string,
    contractNumber: found.contractNumber as string,
    contractStart: found.contractStart as string,
    contractEnd: found.contractEnd as string,
    active: found.providerActive === true,
  };
}
