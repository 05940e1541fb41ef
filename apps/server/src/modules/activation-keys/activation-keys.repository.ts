import type { Executor } from '../../db/executor';

export async function findCurrentKey(db: Executor, providerId: string) {
  return db
    .selectFrom('activation_keys')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function lastGeneration(db: Executor, providerId: string): Promise<number> {
  const row = await db
    .selectFrom('activation_keys')
    .select((eb) => eb.fn.max('generation').as('generation'))
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return Number(row?.generation ?? 0);
}

export async function insertKey(
  db: Executor,
  key: { providerId: string; generation: number; keyHash: string; at: Date; by: string },
) {
  return db
    .insertInto('activation_keys')
    .values({
      provider_id: key.providerId,
      generation: key.generation,
      key_hash: key.keyHash,
      created_at: key.at,
      created_by: key.by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function revokeKey(db: Executor, keyId: string, at: Date, by: string): Promise<void> {
  await db
    .updateTable('activation_keys')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** A key by its hash, current or not, with its provider — for activation and online login. */
export async function findKeyByHash(db: Executor, keyHash: string) {
  return db
    .selectFrom('activation_keys as k')
    .innerJoin('providers as p', 'p.id', 'k.provider_id')
    .select([
      'k.id as keyId',
      'k.key_hash as keyHash',
      'k.generation',
      'k.revoked_at as revokedAt',
      'p.id as providerId',
      'p.insurance_house_code as houseCode',
    ])
    .where('k.key_hash', '=', keyHash)
    .executeTakeFirst();
}

export async function keyHistory(db: Executor, providerId: string) {
  return db
    .selectFrom('activation_keys as k')
    .leftJoin('users as c', 'c.id', 'k.created_by')
    .leftJoin('users as r', 'r.id', 'k.revoked_by')
    .select([
      'k.generation',
      'k.created_at as createdAt',
      'k.revoked_at as revokedAt',
      'c.username as createdBy',
      'r.username as revokedBy',
    ])
    .where('k.provider_id', '=', providerId)
    .orderBy('k.generation', 'desc')
    .execute();
}
