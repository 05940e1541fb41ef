import type { CreateUserBody, Page, Right, UpdateUserBody, User, UsersQuery } from '@siui/core';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/database-errors';
import type { Executor } from '../../db/executor';
import type { DB, UserRow } from '../../db/schema';
import { AppError } from '../../http/app-error';
import type { AuditActor } from '../audit/audit.service';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import {
  assertCanActOnUser,
  assertCanSeeHouse,
  assertRight,
  canAssignRole,
  houseFilterFor,
  houseForNewRecord,
} from '../auth/policy';
import { effectiveRights, type StaffPrincipal } from '../auth/principal';
import { deleteSessionsOfUser } from '../auth/session.repository';
import { listRoles, lockRoles } from '../roles/roles.repository';
import { replaceUserRoles, rightsOfUser, rolesOfUsers } from './user-roles.repository';
import { auditViewOfUser, toUser } from './users.presenter';
import {
  findUserById,
  insertUser,
  listUsers,
  providerRefs,
  updateUser,
  usernameExists,
} from './users.repository';

const userNotFound = () => new AppError('USER_NOT_FOUND');

export class UsersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(principal: StaffPrincipal, query: UsersQuery): Promise<Page<User>> {
    const houseCode = houseFilterFor(principal, query.insuranceHouse);
    const { rows, total } = await listUsers(this.db, { ...query, houseCode });
    const [roles, providers] = await Promise.all([
      rolesOfUsers(
        this.db,
        rows.map((row) => row.id),
      ),
      providerRefs(
        this.db,
        rows.flatMap((row) => (row.provider_id ? [row.provider_id] : [])),
      ),
    ]);
    return {
      items: rows.map((row) =>
        toUser(
          row,
          roles.get(row.id) ?? [],
          row.provider_id ? (providers.get(row.provider_id) ?? null) : null,
        ),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(principal: StaffPrincipal, id: string): Promise<User & { rights: Right[] }> {
    const row = await this.loadVisible(principal, id);
    const [roles, rights, providers] = await Promise.all([
      rolesOfUsers(this.db, [id]),
      rightsOfUser(this.db, id),
      providerRefs(this.db, row.provider_id ? [row.provider_id] : []),
    ]);
    const provider = row.provider_id ? (providers.get(row.provider_id) ?? null) : null;
    return { ...toUser(row, roles.get(id) ?? [], provider), rights: (rights as Right[]).sort() };
  }

  async create(principal: StaffPrincipal, body: CreateUserBody, actor: AuditActor): Promise<User> {
    assertRight(principal, 'USERS_MANAGE');
    const houseCode = houseForNewRecord(principal, body.insuranceHouse);
    await this.assertHouseExists(houseCode);
    const roles = [...new Set(body.roles)];
    await this.assertAssignable(this.db, principal, roles, houseCode);
    const passwordHash = await hashPassword(body.password);
    const now = this.clock();
    try {
      return await this.db.transaction().execute(async (trx) => {
        // Again under the roles' locks: a role widened since the first check is judged as it is now.
        await lockRoles(trx, roles);
        await this.assertAssignable(trx, principal, roles, houseCode);
        if (await usernameExists(trx, body.username)) throw usernameTaken(body.username);
        const row = await insertUser(trx, {
          username: body.username,
          kind: 'internal',
          full_name: body.fullName,
          insurance_house_code: houseCode,
          password_hash: passwordHash,
          provider_id: null,
          created_at: now,
          updated_at: now,
        });
        await replaceUserRoles(trx, row.id, roles);
        await recordAudit(trx, actor, {
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          houseCode,
          after: auditViewOfUser(row, roles),
        });
        return toUser(row, roles);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken(body.username);
      throw error;
    }
  }

  async update(
    principal: StaffPrincipal,
    id: string,
    body: UpdateUserBody,
    actor: AuditActor,
  ): Promise<User> {
    assertRight(principal, 'USERS_MANAGE');
    const before = await this.loadVisible(principal, id);
    if (before.kind === 'external') throw new AppError('EXTERNAL_USER_READ_ONLY', { status: 409 });
    if (body.active === false && id === principal.userId) throw new AppError('CANNOT_DEACTIVATE_SELF');
    const roles = body.roles ? [...new Set(body.roles)] : undefined;
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    const now = this.clock();
    return this.db.transaction().execute(async (trx) => {
      // Checked inside the transaction, with the roles involved locked, so a role widened meanwhile
      // cannot slip a right past the check.
      const rolesBefore = (await rolesOfUsers(trx, [id])).get(id) ?? [];
      await lockRoles(trx, [...rolesBefore, ...(roles ?? [])]);
      assertCanActOnUser(
        principal,
        effectiveRights(before.insurance_house_code, await rightsOfUser(trx, id)),
      );
      if (roles)
        await this.assertRoleChangeAllowed(trx, principal, rolesBefore, roles, before.insurance_house_code);
      const row = await updateUser(trx, id, {
        ...(body.fullName !== undefined ? { full_name: body.fullName } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        ...(passwordHash ? { password_hash: passwordHash } : {}),
        updated_at: now,
      });
      if (roles) await replaceUserRoles(trx, id, roles);
      // A new password or a deactivation ends the user's open sessions at once.
      if (passwordHash || body.active === false) await deleteSessionsOfUser(trx, id);
      const rolesAfter = roles ?? rolesBefore;
      await recordAudit(trx, actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        houseCode: row.insurance_house_code,
        before: auditViewOfUser(before, rolesBefore),
        after: { ...auditViewOfUser(row, rolesAfter), ...(passwordHash ? { passwordChanged: true } : {}) },
      });
      return toUser(row, rolesAfter);
    });
  }

  private async loadVisible(principal: StaffPrincipal, id: string): Promise<UserRow> {
    const row = await findUserById(this.db, id);
    if (!row) throw userNotFound();
    assertCanSeeHouse(principal, row.insurance_house_code, userNotFound());
    return row;
  }

  private async assertHouseExists(code: string): Promise<void> {
    const house = await this.db
      .selectFrom('insurance_houses')
      .select('code')
      .where('code', '=', code)
      .executeTakeFirst();
    if (!house) throw new AppError('UNKNOWN_INSURANCE_HOUSE', { params: { code } });
  }

  private async assertAssignable(
    db: Executor,
    principal: StaffPrincipal,
    codes: string[],
    houseCode: string,
  ): Promise<void> {
    const roles = await listRoles(db, codes);
    for (const code of codes) {
      const role = roles.find((candidate) => candidate.code === code);
      if (!role)
        throw new AppError('UNKNOWN_ROLE', {
          params: { code },
          fields: { roles: { ro: `rol inexistent: ${code}`, en: `unknown role: ${code}` } },
        });
      if (!canAssignRole(principal, role, houseCode)) {
        throw new AppError('ROLE_NOT_ASSIGNABLE', { status: 403, params: { code } });
      }
    }
  }

  /** Only the roles being added or removed must be within the caller's own rights. */
  private async assertRoleChangeAllowed(
    db: Executor,
    principal: StaffPrincipal,
    before: string[],
    after: string[],
    houseCode: string,
  ): Promise<void> {
    const changed = [
      ...after.filter((code) => !before.includes(code)),
      ...before.filter((code) => !after.includes(code)),
    ];
    await this.assertAssignable(db, principal, changed, houseCode);
  }
}

function usernameTaken(username: string): AppError {
  return new AppError('USERNAME_TAKEN', {
    params: { username },
    fields: { username: { ro: 'există deja', en: 'already exists' } },
  });
}
