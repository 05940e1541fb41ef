import { INSURANCE_HOUSES, RIGHTS, SYSTEM_ROLES } from '@siui/core';
import { type Kysely, sql } from 'kysely';
import type { DB } from './schema';

const REFERENCE_DATA_LOCK = 7_261_001;

// Houses, rights and the system roles live in code (packages/core); this makes the database agree
// with the code at every start, without touching custom roles or anything users created.
export async function upsertReferenceData(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Several instances may start together; one at a time rewrites the system roles.
    await sql`select pg_advisory_xact_lock(${REFERENCE_DATA_LOCK})`.execute(trx);
    for (const [position, house] of INSURANCE_HOUSES.entries()) {
      const row = {
        position,
        code: house.code,
        name: house.name,
        county_code: house.countyCode,
        cnp_county: house.cnpCounty,
        is_national: house.code === 'CNAS',
      };
      await trx
        .insertInto('insurance_houses')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    await trx
      .insertInto('rights')
      .values(RIGHTS.map((code) => ({ code })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    for (const [code, role] of Object.entries(SYSTEM_ROLES)) {
      const row = { code, name: role.name.ro, name_en: role.name.en, system: true, cnas_only: role.cnasOnly };
      await trx
        .insertInto('roles')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
      await trx.deleteFrom('role_rights').where('role_code', '=', code).execute();
      await trx
        .insertInto('role_rights')
        .values(role.rights.map((right) => ({ role_code: code, right_code: right })))
        .execute();
    }
  });
}
