import type { UserCertificatesQuery } from '@siui/core';
import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { UserCertificateRow } from '../../db/schema';

/** A registration with the names the console shows next to it. */
export type UserCertificateView = UserCertificateRow & {
  username: string;
  provider_id: string | null;
  provider_code: string | null;
  provider_name: string | null;
  authority_name: string;
  created_by_username: string | null;
};

function baseQuery(db: Executor) {
  return db
    .selectFrom('user_certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .innerJoin('issuing_authorities as a', 'a.id', 'c.issuing_authority_id')
    .leftJoin('providers as p', 'p.id', 'u.provider_id')
    .leftJoin('users as creator', 'creator.id', 'c.created_by');
}

const columns = [
  'c.id',
  'c.insurance_house_code',
  'c.user_id',
  'c.issuing_authority_id',
  'c.serial_number',
  'c.subject_dn',
  'c.not_before',
  'c.not_after',
  'c.sha256_fingerprint',
  'c.certificate_der',
  'c.notes',
  'c.suspended',
  'c.suspended_at',
  'c.created_at',
  'c.created_by',
  'c.updated_at',
  'u.username',
  'p.id as provider_id',
  'p.code as provider_code',
  'p.name as provider_name',
  'a.name as authority_name',
  'creator.username as created_by_username',
] as const;

export async function findUserCertificate(
  db: Executor,
  id: string,
): Promise<UserCertificateView | undefined> {
  return baseQuery(db).select(columns).where('c.id', '=', id).executeTakeFirst();
}

export type UserCertificateFilter = Omit<UserCertificatesQuery, 'insuranceHouse'> & {
  houseCode: string | undefined;
  now: Date;
};

/**
 * The registrations a filter selects, from the certificate table alone: the user and provider
 * conditions are subqueries, so the count and the page's ids never join the users, authorities and
 * providers tables unless a filter asks about them. Every certificate has exactly one user and one
 * authority (non-null foreign keys) and a user at most one provider, so this selects the same rows
 * as the console's joined query.
 */
function filteredCertificates(db: Executor, filter: UserCertificateFilter) {
  let query = db.selectFrom('user_certificates as c');
  if (filter.houseCode !== undefined) query = query.where('c.insurance_house_code', '=', filter.houseCode);
  const providerCode = filter.providerCode?.toLowerCase();
  if (providerCode)
    query = query.where('c.user_id', 'in', (eb) =>
      eb
        .selectFrom('users as u')
        .innerJoin('providers as p', 'p.id', 'u.provider_id')
        .select('u.id')
        .where(sql`lower(p.code)`, '=', providerCode),
    );
  if (filter.userId) query = query.where('c.user_id', '=', filter.userId);
  const username = filter.username?.toLowerCase();
  if (username)
    query = query.where('c.user_id', 'in', (eb) =>
      eb.selectFrom('users as u').select('u.id').where(sql`lower(u.username)`, '=', username),
    );
  if (filter.issuingAuthorityId)
    query = query.where('c.issuing_authority_id', '=', filter.issuingAuthorityId);
  if (filter.serialNumber) query = query.where('c.serial_number', '=', filter.serialNumber);
  if (filter.suspended !== undefined) query = query.where('c.suspended', '=', filter.suspended);
  if (filter.expiringWithinDays !== undefined) {
    const limit = new Date(filter.now.getTime() + filter.expiringWithinDays * 86_400_000);
    query = query.where('c.not_after', '<=', limit).where('c.not_after', '>=', filter.now);
  }
  return query;
}

export async function listUserCertificates(
  db: Executor,
  filter: UserCertificateFilter,
): Promise<{ rows: UserCertificateView[]; total: number }> {
  const filtered = filteredCertificates(db, filter);
  // The page is chosen on the certificate table (an offset skips ids, not joined rows); only its
  // rows are joined for the names shown next to them.
  const page = filtered
    .select('c.id')
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [rows, count] = await Promise.all([
    baseQuery(db)
      .select(columns)
      .where('c.id', 'in', page)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function insertUserCertificate(
  db: Executor,
  row: Omit<UserCertificateRow, 'id' | 'suspended' | 'suspended_at'>,
): Promise<string> {
  const inserted = await db
    .insertInto('user_certificates')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function setSuspension(
  db: Executor,
  id: string,
  change: { suspended: boolean; at: Date; by: string; reason: string | null },
): Promise<void> {
  await db
    .updateTable('user_certificates')
    .set({
      suspended: change.suspended,
      suspended_at: change.suspended ? change.at : null,
      updated_at: change.at,
    })
    .where('id', '=', id)
    .execute();
  await db
    .insertInto('certificate_suspensions')
    .values({
      user_certificate_id: id,
      suspended: change.suspended,
      reason: change.reason,
      at: change.at,
      by_user_id: change.by,
    })
    .execute();
}

export async function updateNotes(db: Executor, id: string, notes: string | null, at: Date): Promise<void> {
  await db.updateTable('user_certificates').set({ notes, updated_at: at }).where('id', '=', id).execute();
}

export async function suspensionHistory(db: Executor, id: string) {
  return db
    .selectFrom('certificate_suspensions as s')
    .leftJoin('users as u', 'u.id', 's.by_user_id')
    .select(['s.suspended', 's.reason', 's.at', 'u.username'])
    .where('s.user_certificate_id', '=', id)
    .orderBy('s.id', 'desc')
    .execute();
}
