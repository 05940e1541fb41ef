import { type ActivationKeyEvent, generateLicenseKey } from '@siui/core';
import { type Kysely, sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { closeSessionsOfKey } from '../online/online-session.repository';
import { loadVisibleProvider } from '../providers/providers.service';
import {
  findCurrentKey,
  insertKey,
  keyHistory,
  lastGeneration,
  revokeKey,
} from './activation-keys.repository';
import { ensureExternalUser } from './external-user';
import { renderUsageAgreement } from './generate-password-pdf';
import type { KeyHasher } from './key-hasher';

/** Channel on which every instance hears that a provider's key changed (the gateway re-checks). */
export const KEY_CHANGED_CHANNEL = 'siui_activation_key_changed';

export type KeyOperation = 'generate' | 'reset';

export class ActivationKeysService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly hasher: KeyHasher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Generare parolă / Resetare parolă: a new key, the previous one dead at once, the external user
   * created with the first key, the audit entry — all in one transaction. The PDF is rendered
   * inside it too, so a key nobody could read is never committed. The key exists in clear only in
   * the PDF returned here.
   */
  async issue(
    principal: StaffPrincipal,
    providerId: string,
    operation: KeyOperation,
    actor: AuditActor,
  ): Promise<{ pdf: Buffer; generation: number; key: string }> {
    return this.db.transaction().execute(async (trx) => {
      await lockProvider(trx, providerId);
      const provider = await loadVisibleProvider(trx, principal, providerId);
      const current = await findCurrentKey(trx, providerId);
      if (operation === 'generate' && current) throw new AppError('ACTIVATION_KEY_EXISTS');
      if (operation === 'reset' && !current) throw new AppError('ACTIVATION_KEY_MISSING');
      const now = this.clock();
      if (current) {
        await revokeKey(trx, current.id, now, principal.userId);
        await closeSessionsOfKey(trx, current.id, now, 'KEY_RESET');
      }

      const key = generateLicenseKey();
      const generation = (await lastGeneration(trx, providerId)) + 1;
      await insertKey(trx, {
        providerId,
        generation,
        keyHash: this.hasher.hash(key),
        at: now,
        by: principal.userId,
      });
      const externalUser = await ensureExternalUser(trx, provider, now);
      await recordAudit(trx, actor, {
        action: operation === 'generate' ? 'activation-key.generate' : 'activation-key.reset',
        entityType: 'provider',
        entityId: providerId,
        houseCode: provider.insurance_house_code,
        after: { providerCode: provider.code, generation, externalUsername: externalUser.username },
      });
      await sql`select pg_notify(${KEY_CHANGED_CHANNEL}, ${providerId})`.execute(trx);
      const pdf = await renderUsageAgreement({
        house: await houseOf(trx, provider.insurance_house_code),
        provider: {
          code: provider.code,
          name: provider.name,
          fiscalCode: provider.fiscal_code,
          category: provider.category,
          contractNumber: provider.contract_number,
          contractStart: provider.contract_start,
          contractEnd: provider.contract_end,
          legalRepresentative: provider.legal_representative,
          address: provider.address,
        },
        externalUsername: externalUser.username,
        key,
        generation,
        issuedAt: now,
        issuedBy: principal.fullName,
      });
      // The key leaves here only inside the PDF (the HTTP route sends nothing else); `siui demo`
      // also prints it, as a demo's keys are not secrets.
      return { pdf, generation, key };
    });
  }

  async history(principal: StaffPrincipal, providerId: string): Promise<ActivationKeyEvent[]> {
    await loadVisibleProvider(this.db, principal, providerId);
    const rows = await keyHistory(this.db, providerId);
    return rows.map((row) => ({
      generation: row.generation,
      action: row.generation === 1 ? 'GENERATED' : 'RESET',
      at: new Date(row.createdAt).toISOString(),
      by: row.createdBy,
      revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
      revokedBy: row.revokedBy,
      current: row.revokedAt === null,
    }));
  }
}

/** Two clicks on the same provider at once queue here instead of racing to two keys. */
async function lockProvider(trx: Executor, providerId: string): Promise<void> {
  await trx.selectFrom('providers').select('id').where('id', '=', providerId).forUpdate().execute();
}

async function houseOf(db: Executor, code: string): Promise<{ code: string; name: string }> {
  return db
    .selectFrom('insurance_houses')
    .select(['code', 'name'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}
