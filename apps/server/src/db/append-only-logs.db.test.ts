import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser } from '../../test/log-tamper';
import { adminClient, postgresUrlFor } from '../../test/postgres-admin';
import { createTestDatabase, testDatabaseKind } from '../../test/test-database';
import { recordAudit } from '../modules/audit/audit.service';
import { verifyAuditChain } from '../modules/audit/audit-verifier';
import { logOnlineOperation } from '../modules/ocsp-log/ocsp-log.writer';
import { sealOcspLog, verifyOcspLogChain } from '../modules/ocsp-log/ocsp-log-seal';
import { type Database, openDatabase } from './database';
import type { Executor } from './executor';
import { migrations } from './migrations';
import { migrateToLatest } from './migrator';
import { upsertReferenceData } from './reference-data';

// Migration 0008: the two logs only grow. Whoever holds the application's database connection
// cannot edit, delete or empty them; the sealer still seals.

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function writeBoth(db: Executor): Promise<{ auditId: number; logId: number }> {
  await db
    .transaction()
    .execute((trx) =>
      recordAudit(
        trx,
        { userId: null, username: 'ana', clientIp: null },
        { action: 'test.event', entityType: 'test', houseCode: null },
      ),
    );
  await logOnlineOperation(db, {
    operation: 'SESSION',
    result: 'REFUSED',
    houseCode: 'CAS-AB',
    clientIp: null,
  });
  const audit = await db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
  const log = await db.selectFrom('ocsp_log').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return { auditId: audit.id, logId: Number(log.id) };
}

const refused = /append-only|permission denied/;

describe('append-only log tables', () => {
  it('refuse UPDATE, DELETE and TRUNCATE on the audit trail', async () => {
    const { auditId } = await writeBoth(database.db);
    const db = database.db;
    await expect(
      sql`update audit_log set actor_username = 'x' where id = ${auditId}`.execute(db),
    ).rejects.toThrow(refused);
    await expect(sql`delete from audit_log where id = ${auditId}`.execute(db)).rejects.toThrow(refused);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(refused);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  });

  it('refuse every change to the Log OCSP except sealing a row once', async () => {
    const { logId } = await writeBoth(database.db);
    const db = database.db;
    // Before sealing, the content cannot be changed (nor smuggled in with the seal columns).
    await expect(sql`update ocsp_log set result = 'ALLOWED' where id = ${logId}`.execute(db)).rejects.toThrow(
      refused,
    );
    await expect(
      sql`update ocsp_log set result = 'ALLOWED', seal_seq = 999, prev_hash = 'x', hash = 'y' where id = ${logId}`.execute(
        db,
      ),
    ).rejects.toThrow(refused);
    expect(await sealOcspLog(db)).toBeGreaterThan(0);
    await expect(sql`update ocsp_log set hash = 'y' where id = ${logId}`.execute(db)).rejects.toThrow(
      refused,
    );
    await expect(sql`delete from ocsp_log where id = ${logId}`.execute(db)).rejects.toThrow(refused);
    await expect(sql`truncate ocsp_log`.execute(db)).rejects.toThrow(refused);
    expect(await verifyOcspLogChain(db)).toMatchObject({ intact: true, unsealed: 0 });
  });

  it('still lets a superuser who switches triggers off through (what the signed checkpoints are for)', async () => {
    const { auditId } = await writeBoth(database.db);
    await asSuperuser(database.db, (trx) => sql`delete from audit_log where id = ${auditId}`.execute(trx));
    const gone = await database.db.selectFrom('audit_log').select('id').where('id', '=', auditId).execute();
    expect(gone).toEqual([]);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('PostgreSQL privileges of an application role', () => {
  it('leaves a non-owner role INSERT and sealing only', async () => {
    const suffix = randomBytes(4).toString('hex');
    const name = `siui_grants_${suffix}`;
    const role = `siui_app_${suffix}`;
    const admin = await adminClient();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.query(`CREATE ROLE "${role}"`);
    const owner = await openDatabase({ databaseUrl: postgresUrlFor(name), poolSize: 1 });
    try {
      const migrator = new Migrator({ db: owner.db, provider: { getMigrations: async () => migrations } });
      await migrator.migrateTo('0007-period-and-filter-indexes');
      // The usual shortcut an operator takes before reading the docs.
      await sql.raw(`grant all on all tables in schema public to "${role}"`).execute(owner.db);
      await sql.raw(`grant all on all sequences in schema public to "${role}"`).execute(owner.db);
      await migrateToLatest(owner.db);
      await owner.db.connection().execute(async (connection) => {
        await sql.raw(`set role "${role}"`).execute(connection);
        const { auditId, logId } = await writeBoth(connection);
        expect(await sealOcspLog(connection)).toBe(1);
        await sql`set session_replication_role = replica`.execute(connection).catch(() => undefined);
        for (const statement of [
          `update audit_log set actor_username = 'x' where id = ${auditId}`,
          `delete from audit_log where id = ${auditId}`,
          'truncate audit_log',
          `update ocsp_log set result = 'ALLOWED' where id = ${logId}`,
          `delete from ocsp_log where id = ${logId}`,
          'truncate ocsp_log',
        ]) {
          await expect(sql.raw(statement).execute(connection), statement).rejects.toThrow(
            /permission denied/,
          );
        }
        await sql`reset role`.execute(connection);
      });
    } finally {
      await owner.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });

  it('lets the role the operator guide sets up start, write and seal, but not rewrite or drop the guard', async () => {
    const suffix = randomBytes(4).toString('hex');
    const name = `siui_guide_${suffix}`;
    const role = `siui_app_${suffix}`;
    const admin = await adminClient();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.query(`CREATE ROLE "${role}" LOGIN`);
    const owner = await openDatabase({ databaseUrl: postgresUrlFor(name), poolSize: 1 });
    const url = new URL(postgresUrlFor(name));
    url.username = role;
    let app: Database | undefined;
    try {
      await migrateToLatest(owner.db);
      // docs/reliability.md, "Append-only logs".
      for (const statement of [
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${role}"`,
        `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "${role}"`,
        `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, ocsp_log FROM "${role}"`,
        `GRANT UPDATE (seal_seq, prev_hash, hash) ON ocsp_log TO "${role}"`,
      ]) {
        await sql.raw(statement).execute(owner.db);
      }
      app = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
      await migrateToLatest(app.db);
      await upsertReferenceData(app.db);
      const { auditId } = await writeBoth(app.db);
      expect(await sealOcspLog(app.db)).toBe(1);
      await expect(
        sql`update audit_log set action = 'x' where id = ${auditId}`.execute(app.db),
      ).rejects.toThrow(/permission denied/);
      await expect(
        sql`alter table audit_log disable trigger audit_log_no_update`.execute(app.db),
      ).rejects.toThrow(/must be owner/);
    } finally {
      await app?.close();
      await owner.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });
});
