import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../src/db/database';
import { adminClient, postgresUrlFor } from './postgres-admin';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** Which database this test project runs on (see vitest.config.ts). */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.SIUI_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') {
    const dump = fs.readFileSync(inject('pgliteTemplateFile'));
    return openDatabase({ pgliteTemplate: new Blob([dump]) });
  }
  const template = inject('postgresTemplate');
  const name = `${template}_${randomBytes(6).toString('hex')}`;
  const admin = await adminClient();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: postgresUrlFor(name), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = await adminClient();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
