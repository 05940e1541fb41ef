import { sql } from 'kysely';
import type { Executor } from '../../db/executor';

export async function findExternalUser(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'insurance_house_code as houseCode', 'provider_id as providerId', 'active'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .where('kind', '=', 'external')
    .executeTakeFirst();
}

/** The house's registration of this certificate for this user, under an active authority. */
export async function findRegistration(
  db: Executor,
  where: { houseCode: string; userId: string; authorityId: string; serial: string },
) {
  return db
    .selectFrom('user_certificates as c')
    .innerJoin('issuing_authorities as a', 'a.id', 'c.issuing_authority_id')
    .select(['c.id', 'c.suspended'])
    .where('c.insurance_house_code', '=', where.houseCode)
    .where('c.user_id', '=', where.userId)
    .where('c.issuing_authority_id', '=', where.authorityId)
    .where('c.serial_number', '=', where.serial)
    .where('a.active', '=', true)
    .executeTakeFirst();
}

export async function insertOnlineSession(
  db: Executor,
  session: {
    id: string;
    houseCode: string;
    userId: string;
    providerId: string;
    userCertificateId: string;
    activationKeyId: string;
    fingerprint: string;
    serial: string;
    clientIp: string;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('online_sessions')
    .values({
      id: session.id,
      insurance_house_code: session.houseCode,
      user_id: session.userId,
      provider_id: session.providerId,
      user_certificate_id: session.userCertificateId,
      activation_key_id: session.activationKeyId,
      certificate_fingerprint: session.fingerprint,
      certificate_serial: session.serial,
      client_ip: session.clientIp,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/**
 * Everything a request needs re-checked, in one indexed lookup: the session, whether its
 * certificate registration is still not suspended, its key still current, its authority still
 * active, its provider still active and in contract.
 */
export async function findSessionState(db: Executor, sessionId: string) {
  return db
    .selectFrom('online_sessions as s')
    .innerJoin('user_certificates as c', 'c.id', 's.user_certificate_id')
    .innerJoin('issuing_authorities as a', 'a.id', 'c.issuing_authority_id')
    .innerJoin('activation_keys as k', 'k.id', 's.activation_key_id')
    .innerJoin('providers as p', 'p.id', 's.provider_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.insurance_house_code as houseCode',
      's.user_id as userId',
      's.provider_id as providerId',
      's.user_certificate_id as userCertificateId',
      's.certificate_fingerprint as fingerprint',
      's.certificate_serial as serial',
      's.expires_at as expiresAt',
      's.closed_at as closedAt',
      's.closed_reason as closedReason',
      'c.suspended',
      'c.issuing_authority_id as authorityId',
      'a.active as authorityActive',
      'k.revoked_at as keyRevokedAt',
      'p.code as providerCode',
      'p.category',
      'p.active as providerActive',
      'p.contract_start as contractStart',
      'p.contract_end as contractEnd',
      'u.username',
      'u.active as userActive',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function closeSessionsOfCertificate(
  db: Executor,
  userCertificateId: string,
  at: Date,
  reason: string,
) {
  await db
    .updateTable('online_sessions')
    .set({ closed_at: at, closed_reason: reason })
    .where('user_certificate_id', '=', userCertificateId)
    .where('closed_at', 'is', null)
    .execute();
}

export async function closeSessionsOfKey(db: Executor, activationKeyId: string, at: Date, reason: string) {
  await db
    .updateTable('online_sessions')
    .set({ closed_at: at, closed_reason: reason })
    .where('activation_key_id', '=', activationKeyId)
    .where('closed_at', 'is', null)
    .execute();
}

/** Fingerprints of the certificates whose sessions a registration change affects. */
export async function fingerprintsOfRegistration(db: Executor, userCertificateId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('online_sessions')
    .select('certificate_fingerprint')
    .distinct()
    .where('user_certificate_id', '=', userCertificateId)
    .execute();
  return rows.map((row) => row.certificate_fingerprint);
}
