import {
  type ActivationRequest,
  type ActivationResult,
  normalizeLicenseKey,
  type OnlineEndpoint,
  type ProviderCategory,
} from '@siui/core';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { findKeyByHash } from '../activation-keys/activation-keys.repository';
import type { KeyHasher } from '../activation-keys/key-hasher';
import { logOnlineOperation, type OnlineOperationRecord } from '../ocsp-log/ocsp-log.writer';
import {
  type AlertLog,
  AttemptThrottle,
  SILENT_LOG,
  type ThrottleCounter,
} from '../rate-limits/failure-throttle';
import { insertInstallation, providerIdentity } from './activation.repository';

const GLOBAL_ACTIVATION_KEY = 'activation:global';

// Seed 3.1, server side: the desktop sends the license serial and the chosen house; the answer
// is the provider's identity. Typos are refused before the database is touched; wrong or reset
// keys get one uniform answer; every attempt that reaches the database is in the Log OCSP.

export class ActivationService {
  private readonly attempts: AttemptThrottle;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly hasher: KeyHasher,
    private readonly throttle: Config['activationThrottle'],
    private readonly clock: () => Date = () => new Date(),
    /** Where the online gateway listens and how to trust it; null when this server runs none. */
    private readonly onlineEndpoint: () => OnlineEndpoint | null = () => null,
    log: AlertLog = SILENT_LOG,
  ) {
    this.attempts = new AttemptThrottle(db, {
      entry: 'activation',
      lockoutSeconds: throttle.lockoutSeconds,
      clock,
      log,
    });
  }

  async activate(request: ActivationRequest, clientIp: string): Promise<ActivationResult> {
    const normalized = normalizeLicenseKey(request.licenseSerial);
    if (!normalized.ok) {
      throw new AppError(normalized.reason === 'CHECKSUM' ? 'ACTIVATION_KEY_TYPO' : 'ACTIVATION_KEY_FORMAT', {
        fields: { licenseSerial: { ro: 'seria de licență', en: 'license serial' } },
      });
    }
    // Counted before anything is looked up, so a burst gets no more verdicts than the limit.
    const attempt = await this.attempts.admit(
      [
        {
          key: `activation:ip:${clientIp}`,
          limit: this.throttle.maxFailuresPerIp,
          subject: { type: 'client-ip', id: clientIp },
        },
      ],
      clientIp,
    );
    const house = await this.db
      .selectFrom('insurance_houses')
      .select(['code', 'name'])
      .where('code', '=', request.insuranceHouse)
      .executeTakeFirst();
    if (!house) throw new AppError('UNKNOWN_INSURANCE_HOUSE', { params: { code: request.insuranceHouse } });
    // A house and everyone together only raise the alarm: refusing all of CAS-AB because someone
    // guesses keys in its name would let that someone stop every provider of the county.
    const alerts: ThrottleCounter[] = [
      {
        key: `activation:house:${house.code}`,
        limit: this.throttle.maxFailuresPerHouse,
        subject: { type: 'house', id: house.code },
      },
      {
        key: GLOBAL_ACTIVATION_KEY,
        limit: this.throttle.maxFailuresGlobal,
        subject: { type: 'global', id: 'activation' },
      },
    ];

    const base = {
      operation: 'ACTIVATION',
      clientIp,
      details: { installationId: request.installationId },
    } as const;
    const key = await findKeyByHash(this.db, this.hasher.hash(normalized.key));
    if (!key || !this.hasher.matches(normalized.key, key.keyHash) || key.revokedAt !== null) {
      await this.refuse(
        { ...base, houseCode: key?.houseCode ?? house.code, providerId: key?.providerId ?? null },
        key ? 'KEY_RESET' : 'KEY_INVALID',
      );
      await attempt.failed(alerts);
      throw new AppError('ACTIVATION_KEY_INVALID');
    }
    const identity = await providerIdentity(this.db, key.providerId);
    const logged = {
      ...base,
      houseCode: identity.houseCode,
      providerId: identity.providerId,
      providerCode: identity.code,
      externalUserId: identity.externalUserId,
      externalUsername: identity.externalUsername,
    };
    if (identity.houseCode !== house.code) {
      await this.refuse(logged, 'HOUSE_MISMATCH');
      await attempt.failed(alerts);
      throw new AppError('ACTIVATION_HOUSE_MISMATCH');
    }
    await attempt.succeeded();
    if (!identity.active) {
      await logOnlineOperation(this.db, { ...logged, result: 'REFUSED', reasonCode: 'PROVIDER_INACTIVE' });
      throw new AppError('PROVIDER_INACTIVE');
    }

    const now = this.clock();
    await this.db.transaction().execute(async (trx) => {
      await insertInstallation(trx, {
        providerId: identity.providerId,
        activationKeyId: key.keyId,
        installationId: request.installationId,
        reactivate: request.reactivateCurrentDatabase,
        clientIp,
        at: now,
      });
      await logOnlineOperation(trx, {
        ...logged,
        result: 'ALLOWED',
        at: now,
        details: { ...logged.details, reactivateCurrentDatabase: request.reactivateCurrentDatabase },
      });
    });
    return {
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
      externalUsername: identity.externalUsername ?? '',
      insuranceHouse: house,
      installationId: request.installationId,
      activatedAt: now.toISOString(),
      reactivateCurrentDatabase: request.reactivateCurrentDatabase,
      keyGeneration: key.generation,
      online: this.onlineEndpoint(),
    };
  }

  private async refuse(record: Omit<OnlineOperationRecord, 'result'>, reason: string): Promise<void> {
    await logOnlineOperation(this.db, { ...record, result: 'REFUSED', reasonCode: reason });
  }
}
