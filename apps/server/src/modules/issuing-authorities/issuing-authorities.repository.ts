import type { Executor } from '../../db/executor';
import type { IssuingAuthorityRow } from '../../db/schema';

type NewAuthority = Omit<IssuingAuthorityRow, 'id' | 'active' | 'created_at' | 'updated_at'> & {
  created_at: Date;
  updated_at: Date;
};

export async function listAuthorities(db: Executor, options: { activeOnly?: boolean } = {}) {
  let query = db.selectFrom('issuing_authorities').selectAll().orderBy('name');
  if (options.activeOnly) query = query.where('active', '=', true);
  return query.execute();
}

export async function findAuthority(db: Executor, id: string): Promise<IssuingAuthorityRow | undefined> {
  return db.selectFrom('issuing_authorities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAuthorityByFingerprint(db: Executor, fingerprint: string) {
  return db
    .selectFrom('issuing_authorities')
    .select(['id', 'name'])
    .where('sha256_fingerprint', '=', fingerprint)
    .executeTakeFirst();
}

/** Active authorities whose subject is the given issuer name: candidates to have signed a certificate. */
export async function findActiveAuthoritiesBySubject(db: Executor, subjectDn: string) {
  return db
    .selectFrom('issuing_authorities')
    .selectAll()
    .where('subject_dn', '=', subjectDn)
    .where('active', '=', true)
    .execute();
}

export async function insertAuthority(db: Executor, authority: NewAuthority): Promise<IssuingAuthorityRow> {
  return db.insertInto('issuing_authorities').values(authority).returningAll().executeTakeFirstOrThrow();
}

export async function updateAuthority(
  db: Executor,
  id: string,
  changes: Partial<Pick<IssuingAuthorityRow, 'name' | 'ocsp_url' | 'crl_url' | 'ocsp_policy' | 'active'>> & {
    updated_at: Date;
  },
): Promise<IssuingAuthorityRow> {
  return db
    .updateTable('issuing_authorities')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
