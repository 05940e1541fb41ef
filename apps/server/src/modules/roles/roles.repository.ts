import type { Right } from '@siui/core';
import type { Executor } from '../../db/executor';

export interface RoleRecord {
  code: string;
  name: string;
  nameEn: string;
  system: boolean;
  cnasOnly: boolean;
  rights: Right[];
  userCount: number;
}

export async function listRoles(db: Executor, codes?: string[]): Promise<RoleRecord[]> {
  if (codes?.length === 0) return [];
  let query = db
    .selectFrom('roles as r')
    .select((eb) => [
      'r.code',
      'r.name',
      'r.name_en',
      'r.system',
      'r.cnas_only',
      eb
        .selectFrom('user_roles as ur')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('ur.role_code', '=', 'r.code')
        .as('user_count'),
    ])
    .orderBy('r.system', 'desc')
    .orderBy('r.code');
  if (codes) query = query.where('r.code', 'in', codes);
  const roles = await query.execute();
  if (roles.length === 0) return [];
  const rights = await db
    .selectFrom('role_rights')
    .select(['role_code', 'right_code'])
    .where(
      'role_code',
      'in',
      roles.map((role) => role.code),
    )
    .execute();
  return roles.map((role) => ({
    code: role.code,
    name: role.name,
    nameEn: role.name_en,
    system: role.system,
    cnasOnly: role.cnas_only,
    rights: rights.filter((row) => row.role_code === role.code).map((row) => row.right_code as Right),
    userCount: Number(role.user_count ?? 0),
  }));
}

export async function insertRole(
  db: Executor,
  role: { code: string; name: string; nameEn: string; rights: Right[] },
): Promise<void> {
  await db
    .insertInto('roles')
    .values({ code: role.code, name: role.name, name_en: role.nameEn, system: false, cnas_only: false })
    .execute();
  await replaceRoleRights(db, role.code, role.rights);
}

export async function updateRole(
  db: Executor,
  code: string,
  changes: { name?: string | undefined; nameEn?: string | undefined },
): Promise<void> {
  const set = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.nameEn !== undefined ? { name_en: changes.nameEn } : {}),
  };
  if (Object.keys(set).length > 0) await db.updateTable('roles').set(set).where('code', '=', code).execute();
}

export async function replaceRoleRights(db: Executor, code: string, rights: Right[]): Promise<void> {
  await db.deleteFrom('role_rights').where('role_code', '=', code).execute();
  await db
    .insertInto('role_rights')
    .values(rights.map((right_code) => ({ role_code: code, right_code })))
    .execute();
}

export async function deleteRole(db: Executor, code: string): Promise<void> {
  await db.deleteFrom('roles').where('code', '=', code).execute();
}

/** Holds the role's row until the transaction ends, so its holders and rights cannot change under a check. */
export async function lockRole(db: Executor, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('roles')
    .select('code')
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** The houses of the users who hold the role. */
export async function housesOfRoleHolders(db: Executor, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as ur')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .select('u.insurance_house_code')
    .distinct()
    .where('ur.role_code', '=', code)
    .execute();
  return rows.map((row) => row.insurance_house_code);
}

/** `lockRole` for several roles at once, in a fixed order so two transactions never wait on each other. */
export async function lockRoles(db: Executor, codes: string[]): Promise<void> {
  const unique = [...new Set(codes)].sort();
  if (unique.length === 0) return;
  await db
    .selectFrom('roles')
    .select('code')
    .where('code', 'in', unique)
    .orderBy('code')
    .forUpdate()
    .execute();
}
