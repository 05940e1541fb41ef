import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, postgresUrlFor } from '../../test/postgres-admin';
import { testDatabaseKind } from '../../test/test-database';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrator';
import { upsertReferenceData } from '../db/reference-data';
import { recordAudit } from '../modules/audit/audit.service';

// `npx siui audit verify` as an operator runs it: a real process on the database the settings name.

const exec = promisify(execFile);
const siui = path.join(import.meta.dirname, '../../bin/siui.js');
let env: Record<string, string>;
let dataDir: string;
let postgresName: string | undefined;

async function open() {
  return openDatabase(env.SIUI_DATABASE_URL ? { databaseUrl: env.SIUI_DATABASE_URL } : { dataDir });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-cli-'));
  env = { SIUI_DATA_DIR: dataDir };
  if (testDatabaseKind() === 'postgres') {
    postgresName = `siui_cli_${process.pid}_${Date.now()}`;
    const admin = await adminClient();
    await admin.query(`CREATE DATABASE "${postgresName}"`);
    await admin.end();
    env.SIUI_DATABASE_URL = postgresUrlFor(postgresName);
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
    }
  } finally {
    await database.close();
  }
});

afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (postgresName) {
    const admin = await adminClient();
    await admin.query(`DROP DATABASE IF EXISTS "${postgresName}" WITH (FORCE)`);
    await admin.end();
  }
});

function verify() {
  return exec(process.execPath, [siui, 'audit', 'verify'], { env: { ...process.env, ...env } }).then(
    (result) => ({ code: 0, stdout: result.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('siui audit verify', () => {
  it('exits 0 on an intact trail and non-zero naming the first edited entry', async () => {
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
      await sql`update audit_log set actor_username = 'altcineva' where id = ${edited}`.execute(database.db);
    } finally {
      await database.close();
    }
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`compromis la intrarea #${edited}`);
  }, 60_000);
});
