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
import { countFailure } from '../rate-limits/failure-throttle';
import { RateLimiter } from '../rate-limits/rate-limiter';

const GLOBAL_ACTIVATION_KEY = 'activation:global';

import { insertInstallation, providerIdentity } from './activation.repository';

// Seed 3.1, server side: the desktop sends the license serial and the chosen house; the answer
// is the provider's identity. Typos are refused before the database is touched; wrong or reset
// keys get one uniform answer; every attempt that reaches the database is in the Log OCSP.

export class ActivationService {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly hasher: KeyHasher,
    private readonly throttle: Config['activationThrottle'],
    private readonly clock: () => Date = () => new Date(),
    /** Where the online gateway listens and how to trust it; null when this server runs none. */
    private readonly onlineEndpoint: () => OnlineEndpoint | null = () => null,
  ) {
    this.limiter = new RateLimiter(db, clock);
  }

  async activate(request: ActivationRequest, clientIp: string): Promise<ActivationResult> {
    const normalized = normalizeLicenseKey(request.licenseSerial);
    if (!normalized.ok) {
      throw new AppError(normalized.reason === 'CHECKSUM' ? 'ACTIVATION_KEY_TYPO' : 'ACTIVATION_KEY_FORMAT', {
        fields: { licenseSerial: { ro: 'seria de licență', en: 'license serial' } },
      });
    }
    const house = await this.db
      .selectFrom('insurance_houses')
      .select(['code', 'name'])
      .where('code', '=', request.insuranceHouse)
      .executeTakeFirst();
    if (!house) throw new AppError('UNKNOWN_INSURANCE_HOUSE', { params: { code: request.insuranceHouse } });

    const ipKey = `activation:ip:${clientIp}`;
    const houseKey = `activation:house:${house.code}`;
    await this.limiter.assertNotBlocked([ipKey, houseKey, GLOBAL_ACTIVATION_KEY]);

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
        [ipKey, houseKey],
      );
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
      await this.refuse(logged, 'HOUSE_MISMATCH', [ipKey, houseKey]);
      throw new AppError('ACTIVATION_HOUSE_MISMATCH');
    }
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

  private async refuse(
    record: Omit<OnlineOperationRecord, 'result'>,
    reason: string,
    keys: string[],
  ): Promise<void> {
    const rule = this.throttle;
    const [ipKey = '', houseKey = ''] = keys;
    await countFailure({
      db: this.db,
      limiter: this.limiter,
      counters: [
        {
          key: ipKey,
          limit: rule.maxFailuresPerIp,
          subject: { type: 'client-ip', id: record.clientIp ?? '' },
        },
        {
          key: houseKey,
          limit: rule.maxFailuresPerHouse,
          subject: { type: 'house', id: houseKey.split(':')[2] ?? '' },
        },
        {
          key: GLOBAL_ACTIVATION_KEY,
          limit: rule.maxFailuresGlobal,
          subject: { type: 'global', id: 'activation' },
        },
      ],
      lockoutSeconds: rule.lockoutSeconds,
      action: 'activation.lockout',
      clientIp: record.clientIp ?? '',
      now: this.clock(),
    });
    await logOnlineOperation(this.db, { ...record, result: 'REFUSED', reasonCode: reason });
  }
}
