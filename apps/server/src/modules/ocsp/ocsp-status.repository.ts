import { sql } from 'kysely';
import type { Executor } from '../../db/executor';

/** The active authority a CertID's issuer hashes designate (SHA-1 or SHA-256 CertIDs). */
export async function findAuthorityByCertIdHashes(
  db: Executor,
  algorithm: 'sha1' | 'sha256',
  nameHash: string,
  keyHash: string,
): Promise<string | undefined> {
  const query =
    algorithm === 'sha1'
      ? db
          .selectFrom('issuing_authorities')
          .select('id')
          .where('name_hash_sha1', '=', nameHash)
          .where('key_hash_sha1', '=', keyHash)
      : db
          .selectFrom('issuing_authorities')
          .select('id')
          .where('name_hash_sha256', '=', nameHash)
          .where('key_hash_sha256', '=', keyHash);
  const row = await query.where('active', '=', true).executeTakeFirst();
  return row?.id;
}

/** How the houses registered a certificate: how many registrations, how many not suspended. */
export async function registrationStatus(db: Executor, authorityId: string, serial: string) {
  const row = await db
    .selectFrom('user_certificates')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) filter (where not suspended))::int`.as('active'),
      sql<Date | null>`max(suspended_at)`.as('lastSuspendedAt'),
    ])
    .where('issuing_authority_id', '=', authorityId)
    .where('serial_number', '=', serial)
    .executeTakeFirstOrThrow();
  return row;
}
