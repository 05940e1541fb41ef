import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import { type OnlineOperationRecord, ocspLogValues } from '../ocsp-log/ocsp-log.writer';
import { preparedQuery } from './prepared-query';

export interface SessionCandidateKeys {
  /** Lower-cased `<CUI>_<house>` from the Basic credentials. */
  username: string;
  /** The authority that signed the presented certificate (null: none trusted, or no certificate). */
  authorityId: string | null;
  serial: string | null;
}

/**
 * Everything opening a session reads, in one statement: the external user the credentials name
 * with its provider and house, the house's registration of the presented certificate (under an
 * active authority) and the provider's current activation key. The row exists even when no such
 * user does. The service then applies its checks in their order.
 */
const sessionCandidate = preparedQuery(
  (db, p: SessionCandidateKeys) =>
    db
      .selectFrom(sql<{ one: number }>`(select 1 as one)`.as('one'))
      .leftJoin('users as u', (join) =>
        join.on(sql`lower(u.username)`, '=', p.username).on('u.kind', '=', 'external'),
      )
      .leftJoin('providers as p', 'p.id', 'u.provider_id')
      .leftJoin('insurance_houses as h', 'h.code', 'u.insurance_house_code')
      .leftJoin('activation_keys as k', (join) =>
        join.onRef('k.provider_id', '=', 'u.provider_id').on('k.revoked_at', 'is', null),
      )
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('user_certificates as c')
            .innerJoin('issuing_authorities as a', 'a.id', 'c.issuing_authority_id')
            .select(['c.id', 'c.suspended', 'c.user_id', 'c.insurance_house_code'])
            .where('c.issuing_authority_id', '=', p.authorityId as string)
            .where('c.serial_number', '=', p.serial as string)
            .where('a.active', '=', true)
            .as('r'),
        (join) =>
          join.onRef('r.user_id', '=', 'u.id').onRef('r.insurance_house_code', '=', 'u.insurance_house_code'),
      )
      .select([
        'u.id as userId',
        'u.username',
        'u.insurance_house_code as houseCode',
        'u.provider_id as providerId',
        'u.active as userActive',
        'h.name as houseName',
        'p.id as identityProviderId',
        'p.code',
        'p.name',
        'p.fiscal_code as fiscalCode',
        'p.category',
        'p.contract_number as contractNumber',
        'p.contract_start as contractStart',
        'p.contract_end as contractEnd',
        'p.active as providerActive',
        'r.id as registrationId',
        'r.suspended',
        'k.id as keyId',
        'k.key_hash as keyHash',
      ]),
  ['username', 'authorityId', 'serial'],
);

export async function findSessionCandidate(db: Executor, keys: SessionCandidateKeys) {
  const row = (await sessionCandidate(db, keys))[0];
  if (!row) throw new Error('the session candidate query returns one row');
  return row;
}

/** The new session and its ALLOWED line in the Log OCSP, in one statement (so, atomically). */
export async function insertSessionWithLog(
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
  log: OnlineOperationRecord,
): Promise<void> {
  await db
    .with('session', (qb) =>
      qb.insertInto('online_sessions').values({
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
      }),
    )
    .insertInto('ocsp_log')
    .values(ocspLogValues(log))
    .execute();
}
