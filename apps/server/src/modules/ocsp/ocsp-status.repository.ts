import { CompiledQuery } from 'kysely';
import type { Executor } from '../../db/executor';
import { PREPARED_MARK } from '../../db/prepared-statements';

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

export interface RegistrationStatus {
  /** Registrations of the serial under the authority (0 when the authority is no longer active). */
  total: number;
  /** Those not suspended. */
  active: number;
  lastSuspendedAt: Date | string | null;
}

/**
 * How the houses registered a certificate: one indexed read (user_certificates_issuer_serial_idx),
 * the authority's `active` flag read in the same statement. The text is written once and runs as a
 * prepared statement: the responder asks it for every request, and building a Kysely query or
 * planning it again costs more than PostgreSQL takes to answer it.
 */
const REGISTRATION_STATUS = `${PREPARED_MARK}
  select count(*)::int as total,
         (count(*) filter (where not c.suspended))::int as active,
         max(c.suspended_at) as "lastSuspendedAt"
    from user_certificates c
    join issuing_authorities a on a.id = c.issuing_authority_id and a.active
   where c.issuing_authority_id = $1 and c.serial_number = $2`;

export async function registrationStatus(
  db: Executor,
  authorityId: string,
  serial: string,
): Promise<RegistrationStatus> {
  const result = await db.executeQuery<RegistrationStatus>(
    CompiledQuery.raw(REGISTRATION_STATUS, [authorityId, serial]),
  );
  return result.rows[0] ?? { total: 0, active: 0, lastSuspendedAt: null };
}
