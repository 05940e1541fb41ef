import { foldForSearch, type ProvidersQuery } from '@siui/core';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { DB, NewProvider, ProviderRow, ProviderUpdate } from '../../db/schema';
import { escapeLike } from '../users/users.repository';

/** A provider row with what the console shows next to it: key state and external user. */
export type ProviderWithKey = ProviderRow & {
  has_key: boolean;
  external_user_id: string | null;
  external_username: string | null;
};

const withKeyAndUser = (eb: ExpressionBuilder<DB, 'providers'>) => [
  eb
    .exists(
      eb
        .selectFrom('activation_keys as k')
        .select('k.id')
        .whereRef('k.provider_id', '=', 'providers.id')
        .where('k.revoked_at', 'is', null),
    )
    .$castTo<boolean>()
    .as('has_key'),
  eb
    .selectFrom('users as u')
    .select('u.id')
    .whereRef('u.provider_id', '=', 'providers.id')
    .as('external_user_id'),
  eb
    .selectFrom('users as u')
    .select('u.username')
    .whereRef('u.provider_id', '=', 'providers.id')
    .as('external_username'),
];

export async function findProviderById(db: Executor, id: string): Promise<ProviderWithKey | undefined> {
  return db
    .selectFrom('providers')
    .selectAll('providers')
    .select(withKeyAndUser)
    .where('providers.id', '=', id)
    .executeTakeFirst();
}

export async function findProviderByCode(db: Executor, houseCode: string, code: string) {
  return db
    .selectFrom('providers')
    .selectAll()
    .where('insurance_house_code', '=', houseCode)
    .where(sql`lower(code)`, '=', code.toLowerCase())
    .executeTakeFirst();
}

export async function findProviderByFiscalCode(db: Executor, houseCode: string, fiscalCode: string) {
  return db
    .selectFrom('providers')
    .selectAll()
    .where('insurance_house_code', '=', houseCode)
    .where('fiscal_code', '=', fiscalCode)
    .executeTakeFirst();
}

export async function insertProvider(db: Executor, provider: NewProvider): Promise<ProviderRow> {
  return db.insertInto('providers').values(provider).returningAll().executeTakeFirstOrThrow();
}

export async function updateProvider(
  db: Executor,
  id: string,
  changes: ProviderUpdate,
): Promise<ProviderRow> {
  return db
    .updateTable('providers')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type ProviderListFilter = Omit<ProvidersQuery, 'insuranceHouse'> & { houseCode: string | undefined };

const SORT_COLUMNS = {
  code: 'providers.code',
  name: 'providers.name_search',
  contractEnd: 'providers.contract_end',
  createdAt: 'providers.created_at',
} as const;

export async function listProviders(
  db: Executor,
  filter: ProviderListFilter,
): Promise<{ rows: ProviderWithKey[]; total: number }> {
  let query = db.selectFrom('providers');
  if (filter.houseCode !== undefined)
    query = query.where('providers.insurance_house_code', '=', filter.houseCode);
  if (filter.code) query = query.where(sql`lower(providers.code)`, '=', filter.code.toLowerCase());
  if (filter.fiscalCode) {
    query = query.where(
      'providers.fiscal_code',
      '=',
      filter.fiscalCode.replace(/^RO/i, '').replace(/\s+/g, ''),
    );
  }
  if (filter.category) query = query.where('providers.category', '=', filter.category);
  if (filter.active !== undefined) query = query.where('providers.active', '=', filter.active);
  if (filter.name)
    query = query.where('providers.name_search', 'like', `%${escapeLike(foldForSearch(filter.name))}%`);
  if (filter.q) {
    const folded = `%${escapeLike(foldForSearch(filter.q))}%`;
    const raw = filter.q.replace(/^RO/i, '').replace(/\s+/g, '');
    query = query.where((eb) =>
      eb.or([
        eb('providers.name_search', 'like', folded),
        eb(sql`lower(providers.code)`, 'like', `%${escapeLike(filter.q?.toLowerCase() ?? '')}%`),
        eb('providers.fiscal_code', '=', raw),
      ]),
    );
  }
  if (filter.keyState) {
    const current = (eb: ExpressionBuilder<DB, 'providers'>) =>
      eb.exists(
        eb
          .selectFrom('activation_keys as k')
          .select('k.id')
          .whereRef('k.provider_id', '=', 'providers.id')
          .where('k.revoked_at', 'is', null),
      );
    query = query.where((eb) => (filter.keyState === 'ACTIVE' ? current(eb) : eb.not(current(eb))));
  }
  const descending = filter.sort.startsWith('-');
  const column = SORT_COLUMNS[filter.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
  const direction = descending ? 'desc' : 'asc';
  // The page's ids are chosen first and the key and user read for those rows only: asked of the
  // whole filtered list, the planner read every current key into a hash (a scan of the keys table
  // for each page) to answer twenty rows.
  const page = query
    .select('providers.id')
    .orderBy(column, direction)
    .orderBy('providers.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [rows, count] = await Promise.all([
    db
      .selectFrom('providers')
      .selectAll('providers')
      .select(withKeyAndUser)
      .where('providers.id', 'in', page)
      .orderBy(column, direction)
      .orderBy('providers.id')
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
