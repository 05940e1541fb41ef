import type { Executor } from '../../db/executor';

/** Role codes per user, for a page of users at once. */
export async function rolesOfUsers(db: Executor, userIds: string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role_code'])
    .where('user_id', 'in', userIds)
    .orderBy('role_code')
    .execute();
  for (const row of rows) {
    const list = byUser.get(row.user_id) ?? [];
    list.push(row.role_code);
    byUser.set(row.user_id, list);
  }
  return byUser;
}

/** The union of the rights of the user's roles. */
export async function rightsOfUser(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as ur')
    .innerJoin('role_rights as rr', 'rr.role_code', 'ur.role_code')
    .select('rr.right_code')
    .distinct()
    .where('ur.user_id', '=', userId)
    .execute();
  return rows.map((row) => row.right_code);
}

export async function replaceUserRoles(db: Executor, userId: string, roleCodes: string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roleCodes.length > 0) {
    await db
      .insertInto('user_roles')
      .values(roleCodes.map((role_code) => ({ user_id: userId, role_code })))
      .execute();
  }
}
