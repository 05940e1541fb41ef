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
import { ensureExternalUser, externalUsernameOf, findExternalUsername } from './external-user';
import { renderUsageAgreement, type UsageAgreement } from './generate-password-pdf';
import type { KeyHasher } from './key-hasher';

/** Channel on which every instance hears that a provider's key changed (the gateway re-checks). */
export const KEY_CHANGED_CHANNEL = 'siui_activation_key_changed';

export type KeyOperation = 'generate' | 'reset';

type RenderAgreement = (agreement: UsageAgreement) => Promise<Buffer>;

/** How many times a key is drafted again when the provider changed between draft and commit. */
const DRAFT_ATTEMPTS = 3;

/** What the PDF will say, read without locks; the transaction commits only if it still holds. */
interface KeyDraft {
  agreement: UsageAgreement;
  currentKeyId: string | null;
}

export class ActivationKeysService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly hasher: KeyHasher,
    private readonly clock: () => Date = () => new Date(),
    private readonly render: RenderAgreement = renderUsageAgreement,
  ) {}

  /**
   * Generare parolă / Resetare parolă: a new key, the previous one dead at once, the external user
   * created with the first key, the audit entry — all in one transaction. The PDF is rendered
   * before that transaction, from a draft the transaction then re-checks under the provider's row
   * lock: rendering inside it held the audit chain's lock, so every house's audited changes waited
   * on pdfkit. A key is committed only once its PDF exists, and the key exists in clear only in
   * the PDF returned here.
   */
  async issue(
    principal: StaffPrincipal,
    providerId: string,
    operation: KeyOperation,
    actor: AuditActor,
  ): Promise<{ pdf: Buffer; generation: number; key: string }> {
    for (let attempt = 1; ; attempt++) {
      const key = generateLicenseKey();
      const draft = await this.draft(this.db, principal, providerId, operation, key, this.clock());
      const pdf = await this.render(draft.agreement);
      const committed = await this.db.transaction().execute(async (trx) => {
        await lockProvider(trx, providerId);
        const now = draft.agreement.issuedAt;
        const locked = await this.draft(trx, principal, providerId, operation, key, now);
        if (!sameDraft(locked, draft)) return false;
        const { generation, externalUsername } = draft.agreement;
        if (draft.currentKeyId) {
          await revokeKey(trx, draft.currentKeyId, now, principal.userId);
          await closeSessionsOfKey(trx, draft.currentKeyId, now, 'KEY_RESET');
        }
        await insertKey(trx, {
          providerId,
          generation,
          keyHash: this.hasher.hash(key),
          at: now,
          by: principal.userId,
        });
        const provider = await loadVisibleProvider(trx, principal, providerId);
        await ensureExternalUser(trx, provider, now);
        await recordAudit(
          trx,
          actor,
          {
            action: operation === 'generate' ? 'activation-key.generate' : 'activation-key.reset',
            entityType: 'provider',
            entityId: providerId,
            houseCode: provider.insurance_house_code,
            after: { providerCode: provider.code, generation, externalUsername },
          },
          now,
        );
        await sql`select pg_notify(${KEY_CHANGED_CHANNEL}, ${providerId})`.execute(trx);
        return true;
      });
      // The key leaves here only inside the PDF (the HTTP route sends nothing else); `siui demo`
      // also prints it, as a demo's keys are not secrets.
      if (committed) return { pdf, generation: draft.agreement.generation, key };
      if (attempt >= DRAFT_ATTEMPTS) throw new AppError('ACTIVATION_KEY_BUSY');
    }
  }

  /** Everything the usage agreement prints, and the key it replaces; refuses what cannot be issued. */
  private async draft(
    db: Executor,
    principal: StaffPrincipal,
    providerId: string,
    operation: KeyOperation,
    key: string,
    issuedAt: Date,
  ): Promise<KeyDraft> {
    const provider = await loadVisibleProvider(db, principal, providerId);
    const current = await findCurrentKey(db, providerId);
    if (operation === 'generate' && current) throw new AppError('ACTIVATION_KEY_EXISTS');
    if (operation === 'reset' && !current) throw new AppError('ACTIVATION_KEY_MISSING');
    return {
      currentKeyId: current?.id ?? null,
      agreement: {
        house: await houseOf(db, provider.insurance_house_code),
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
        externalUsername: (await findExternalUsername(db, providerId)) ?? externalUsernameOf(provider),
        key,
        generation: (await lastGeneration(db, providerId)) + 1,
        issuedAt,
        issuedBy: principal.fullName,
      },
    };
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

function sameDraft(a: KeyDraft, b: KeyDraft): boolean {
  return a.currentKeyId === b.currentKeyId && JSON.stringify(a.agreement) === JSON.stringify(b.agreement);
}

async function houseOf(db: Executor, code: string): Promise<{ code: string; name: string }> {
  return db
    .selectFrom('insurance_houses')
    .select(['code', 'name'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}
