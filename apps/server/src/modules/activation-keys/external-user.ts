import type { Executor } from '../../db/executor';
import type { ProviderRow } from '../../db/schema';
import { insertUser } from '../users/users.repository';

/** The external user's name in SIUI: `<CUI>_<house code>`, e.g. `18547290_CAS-AB`. */
export function externalUsernameOf(
  provider: Pick<ProviderRow, 'fiscal_code' | 'insurance_house_code'>,
): string {
  return `${provider.fiscal_code}_${provider.insurance_house_code}`;
}

export async function findExternalUsername(db: Executor, providerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('username')
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return row?.username ?? null;
}

/**
 * The provider's external user, created with its first activation key (seed 2.1 / 2.2.1). It has
 * no password and no roles: it cannot log in to the console; online it is identified by its
 * certificate and the activation key.
 */
export async function ensureExternalUser(
  trx: Executor,
  provider: ProviderRow,
  now: Date,
): Promise<{ id: string; username: string }> {
  const existing = await trx
    .selectFrom('users')
    .select(['id', 'username'])
    .where('provider_id', '=', provider.id)
    .executeTakeFirst();
  if (existing) return existing;
  const row = await insertUser(trx, {
    username: externalUsernameOf(provider),
    kind: 'external',
    full_name: provider.name,
    insurance_house_code: provider.insurance_house_code,
    password_hash: null,
    provider_id: provider.id,
    created_at: now,
    updated_at: now,
  });
  return { id: row.id, username: row.username };
}
