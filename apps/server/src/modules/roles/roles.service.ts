import type { CreateRoleBody, Role, UpdateRoleBody } from '@siui/core';
import { CNAS_CODE } from '@siui/core';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/database-errors';
import type { Executor } from '../../db/executor';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { assertCanChangeRole } from '../auth/policy';
import type { StaffPrincipal } from '../auth/principal';
import {
  deleteRole,
  housesOfRoleHolders,
  insertRole,
  listRoles,
  lockRole,
  replaceRoleRights,
  updateRole,
} from './roles.repository';

const roleNotFound = () => new AppError('NOT_FOUND');

/**
 * Roles are national: CNAS defines custom ones; the three system roles follow the code. Every change
 * goes through the policy (`assertCanChangeRole`): no one creates, widens or deletes a role beyond
 * their own rights.
 */
export class RolesService {
  constructor(private readonly db: Kysely<DB>) {}

  list(): Promise<Role[]> {
    return listRoles(this.db);
  }

  async create(principal: StaffPrincipal, body: CreateRoleBody, actor: AuditActor): Promise<Role> {
    const rights = [...new Set(body.rights)];
    assertCanChangeRole(principal, {
      code: body.code,
      rightsBefore: [],
      rightsAfter: rights,
      holderHouses: [],
    });
    try {
      await this.db.transaction().execute(async (trx) => {
        await insertRole(trx, { code: body.code, name: body.name, nameEn: body.nameEn ?? body.name, rights });
        await recordAudit(trx, actor, {
          action: 'role.create',
          entityType: 'role',
          entityId: body.code,
          houseCode: CNAS_CODE,
          after: { ...body, rights },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('ROLE_CODE_TAKEN', { params: { code: body.code } });
      }
      throw error;
    }
    return this.get(body.code);
  }

  async update(
    principal: StaffPrincipal,
    code: string,
    body: UpdateRoleBody,
    actor: AuditActor,
  ): Promise<Role> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await lockRole(trx, code))) throw roleNotFound();
      const before = await this.getCustom(code, trx);
      assertCanChangeRole(principal, {
        code,
        rightsBefore: before.rights,
        rightsAfter: body.rights ? [...new Set(body.rights)] : before.rights,
        holderHouses: await housesOfRoleHolders(trx, code),
      });
      await updateRole(trx, code, body);
      if (body.rights) await replaceRoleRights(trx, code, [...new Set(body.rights)]);
      await recordAudit(trx, actor, {
        action: 'role.update',
        entityType: 'role',
        entityId: code,
        houseCode: CNAS_CODE,
        before,
        after: { ...before, ...body },
      });
    });
    return this.get(code);
  }

  async remove(principal: StaffPrincipal, code: string, actor: AuditActor): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await lockRole(trx, code))) throw roleNotFound();
      const before = await this.getCustom(code, trx);
      assertCanChangeRole(principal, {
        code,
        rightsBefore: before.rights,
        rightsAfter: [],
        holderHouses: [],
      });
      if (before.userCount > 0) throw new AppError('ROLE_IN_USE');
      await deleteRole(trx, code);
      await recordAudit(trx, actor, {
        action: 'role.delete',
        entityType: 'role',
        entityId: code,
        houseCode: CNAS_CODE,
        before,
      });
    });
  }

  private async get(code: string, db: Executor = this.db): Promise<Role> {
    const [role] = await listRoles(db, [code]);
    if (!role) throw roleNotFound();
    return role;
  }

  private async getCustom(code: string, db: Executor): Promise<Role> {
    const role = await this.get(code, db);
    if (role.system) throw new AppError('SYSTEM_ROLE_READ_ONLY', { status: 409 });
    return role;
  }
}
