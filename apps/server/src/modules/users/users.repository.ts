import type { UsersQuery } from '@siui/core';
import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { NewUser, UserRow, UserUpdate } from '../../db/schema';

export async function findInternalUserForLogin(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .where('kind', '=', 'internal')
    .executeTakeFirst();
}

export async function markLoggedIn(db: Executor, userId: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function usernameExists(db: Executor, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(db: Executor, id: string, changes: UserUpdate): Promise<UserRow> {
  return db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export type UserListFilter = Omit<UsersQuery, 'insuranceHouse'> & { houseCode: string | undefined };

const SORT_COLUMNS = { username: 'username', fullName: 'full_name', createdAt: 'created_at' } as const;

export async function listUsers(
  db: Executor,
  filter: UserListFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('users');
  if (filter.houseCode !== undefined) query = query.where('insurance_house_code', '=', filter.houseCode);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([eb(sql`lower(username)`, 'like', pattern), eb(sql`lower(full_name)`, 'like', pattern)]),
    );
  }
  if (filter.providerCode) {
    // Seed 2.2.1: the external user created with the key is found by its provider's code.
    const code = filter.providerCode.toLowerCase();
    query = query.where((eb) =>
      eb(
        'provider_id',
        'in',
        eb.selectFrom('providers').select('providers.id').where(sql`lower(providers.code)`, '=', code),
      ),
    );
  }
  if (filter.role) {
    const role = filter.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles')
          .select('user_roles.user_id')
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('user_roles.role_code', '=', role),
      ),
    );
  }
  const descending = filter.sort.startsWith('-');
  const column = SORT_COLUMNS[filter.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(column, descending ? 'desc' : 'asc')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Provider code and name of the external users among `providerIds`. */
export async function providerRefs(db: Executor, providerIds: string[]) {
  const refs = new Map<string, { id: string; code: string; name: string }>();
  if (providerIds.length === 0) return refs;
  const rows = await db
    .selectFrom('providers')
    .select(['id', 'code', 'name'])
    .where('id', 'in', providerIds)
    .execute();
  for (const row of rows) refs.set(row.id, row);
  return refs;
}
