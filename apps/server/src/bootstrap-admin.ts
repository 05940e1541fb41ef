import { randomBytes } from 'node:crypto';
import { CNAS_CODE } from '@siui/core';
import { sql } from 'kysely';
import type { Executor } from './db/executor';
import { recordAudit } from './modules/audit/audit.service';
import { hashPassword } from './modules/auth/password-hasher';
import { replaceUserRoles } from './modules/users/user-roles.repository';
import { insertUser } from './modules/users/users.repository';

export const ADMIN_USERNAME = 'admin';

/**
 * On the first start, creates the CNAS administrator `admin`. Returns the generated password when
 * none was configured, so the caller can print it once; undefined when nothing was created.
 */
export async function ensureAdministrator(
  db: Executor,
  configuredPassword: string | undefined,
): Promise<{ created: boolean; generatedPassword?: string }> {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', ADMIN_USERNAME)
    .executeTakeFirst();
  if (existing) return { created: false };
  const generatedPassword = configuredPassword ? undefined : randomBytes(12).toString('base64url');
  const password = configuredPassword ?? generatedPassword ?? '';
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, {
      username: ADMIN_USERNAME,
      kind: 'internal',
      full_name: 'Administrator CNAS',
      insurance_house_code: CNAS_CODE,
      password_hash: passwordHash,
      provider_id: null,
    });
    await replaceUserRoles(trx, row.id, ['CNAS_ADMIN']);
    await recordAudit(
      trx,
      { userId: null, username: 'system', clientIp: null },
      {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        houseCode: CNAS_CODE,
        after: { username: ADMIN_USERNAME, roles: ['CNAS_ADMIN'], bootstrap: true },
      },
    );
  });
  return generatedPassword ? { created: true, generatedPassword } : { created: true };
}
