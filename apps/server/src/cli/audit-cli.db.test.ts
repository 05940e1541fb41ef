import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { asSuperuser, rewriteAuditRow, rewriteOcspLogRow } from '../../test/log-tamper';
import { adminClient, postgresUrlFor } from '../../test/postgres-admin';
import { testDatabaseKind } from '../../test/test-database';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrator';
import { upsertReferenceData } from '../db/reference-data';
import { recordAudit } from '../modules/audit/audit.service';
import { verifyAuditChain } from '../modules/audit/audit-verifier';
import { openCheckpointer } from '../modules/integrity/checkpoints';
import { logOnlineOperation } from '../modules/ocsp-log/ocsp-log.writer';
import { sealOcspLog, verifyOcspLogChain } from '../modules/ocsp-log/ocsp-log-seal';

// `npx siui audit verify` as an operator runs it: a real process on the database the settings name.

const exec = promisify(execFile);
const siui = path.join(import.meta.dirname, '../../bin/siui.js');
let env: Record<string, string>;
let dataDir: string;
const cleanups: (() => Promise<void>)[] = [];

async function open() {
  return openDatabase(env.SIUI_DATABASE_URL ? { databaseUrl: env.SIUI_DATABASE_URL } : { dataDir });
}

/** A data directory (and, on PostgreSQL, a database) of its own, with three audit entries and three Log OCSP rows. */
async function prepare(): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-cli-'));
  env = { SIUI_DATA_DIR: dataDir };
  const ownDir = dataDir;
  cleanups.push(async () => fs.rmSync(ownDir, { recursive: true, force: true }));
  if (testDatabaseKind() === 'postgres') {
    const postgresName = `siui_cli_${process.pid}_${Date.now()}_${cleanups.length}`;
    const admin = await adminClient();
    await admin.query(`CREATE DATABASE "${postgresName}"`);
    await admin.end();
    env.SIUI_DATABASE_URL = postgresUrlFor(postgresName);
    cleanups.push(async () => {
      const cleanup = await adminClient();
      await cleanup.query(`DROP DATABASE IF EXISTS "${postgresName}" WITH (FORCE)`);
      await cleanup.end();
    });
  }
  const database = await open();
  try {
    await migrateToLatest(database.db);
    await upsertReferenceData(database.db);
    for (let i = 0; i < 3; i++) {
      await database.db
        .transaction()
        .execute((trx) =>
          recordAudit(
            trx,
            { userId: null, username: 'cli-test', clientIp: null },
            { action: 'test.event', entityType: 'test', entityId: String(i), houseCode: null, after: { i } },
          ),
        );
      await logOnlineOperation(database.db, {
        operation: 'SESSION',
        result: 'REFUSED',
        reasonCode: 'CERTIFICATE_SUSPENDED',
        houseCode: 'CAS-AB',
        providerCode: `P${i}`,
        clientIp: '10.0.0.9',
      });
    }
    await sealOcspLog(database.db);
  } finally {
    await database.close();
  }
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

function verify() {
  return exec(process.execPath, [siui, 'audit', 'verify'], { env: { ...process.env, ...env } }).then(
    (result) => ({ code: 0, stdout: result.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('siui audit verify', () => {
  it('exits 0 on an intact trail and non-zero naming the first edited entry', async () => {
    await prepare();
    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Jurnalul de audit este intact: 3 intrări verificate/);

    const database = await open();
    let edited: number;
    try {
      const row = await database.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      edited = row.id;
      await asSuperuser(database.db, (trx) =>
        sql`update audit_log set actor_username = 'altcineva' where id = ${edited}`.execute(trx),
      );
    } finally {
      await database.close();
    }
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`compromis la intrarea #${edited}`);
  }, 60_000);

  it('names the first rewritten entry of each chain after every later hash was recomputed', async () => {
    await prepare();
    const database = await open();
    let auditId: number;
    let logId: number;
    try {
      await openCheckpointer({ dataDir, auditSigningKey: undefined }).checkpoint(database.db);
      auditId = (
        await database.db.selectFrom('audit_log').select('id').orderBy('id').executeTakeFirstOrThrow()
      ).id;
      logId = Number(
        (
          await database.db
            .selectFrom('ocsp_log')
            .select('id')
            .orderBy('id')
            .offset(1)
            .limit(1)
            .executeTakeFirstOrThrow()
        ).id,
      );
    } finally {
      await database.close();
    }
    const before = await verify();
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('2 puncte de control semnate valide');

    const tampered = await open();
    try {
      await rewriteAuditRow(tampered.db, auditId, 'altcineva');
      await rewriteOcspLogRow(tampered.db, logId);
      // The chains in the database hold again: the old check alone would call them intact.
      expect((await verifyAuditChain(tampered.db)).intact).toBe(true);
      expect((await verifyOcspLogChain(tampered.db)).intact).toBe(true);
    } finally {
      await tampered.close();
    }
    const after = await verify();
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(`Jurnalul de audit este compromis la intrarea #${auditId}, poziția 1`);
    expect(after.stdout).toContain(`Log OCSP este compromis la intrarea #${logId}, poziția 2`);
    expect(after.stdout).toContain('history rewritten');
  }, 60_000);

  it('exits non-zero when a checkpoint line was forged', async () => {
    await prepare();
    const database = await open();
    try {
      await openCheckpointer({ dataDir, auditSigningKey: undefined }).checkpoint(database.db);
    } finally {
      await database.close();
    }
    const file = path.join(dataDir, 'audit-checkpoints.jsonl');
    const [first] = fs.readFileSync(file, 'utf8').split('\n');
    fs.appendFileSync(file, `${JSON.stringify({ ...JSON.parse(first ?? '{}'), seq: 99 })}\n`);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('linia 3');
    expect(result.stdout).toContain('its signature does not verify');
  }, 60_000);
});
