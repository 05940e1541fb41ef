import type { Executor } from '../../db/executor';
import { preparedQuery } from './prepared-query';

/**
 * Everything a request needs re-checked, in one indexed lookup: the session, whether its
 * certificate registration is still not suspended, its key still current, its authority still
 * active, its provider still active and in contract. Built once (prepared-query.ts): every
 * request after the session asks it.
 */
const sessionState = preparedQuery(
  (db, p: { sessionId: string }) =>
    db
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
      .where('s.id', '=', p.sessionId),
  ['sessionId'],
);

export async function findSessionState(db: Executor, sessionId: string) {
  return (await sessionState(db, { sessionId }))[0];
}

/** Ends one session (the provider's *Deconectare*); its token is refused from then on. */
export async function closeSession(db: Executor, sessionId: string, at: Date, reason: string) {
  await db
    .updateTable('online_sessions')
    .set({ closed_at: at, closed_reason: reason })
    .where('id', '=', sessionId)
    .where('closed_at', 'is', null)
    .execute();
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
