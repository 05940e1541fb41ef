import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';
import { upsertReferenceData } from '../src/db/reference-data';
import { adminClient, postgresUrlFor, TEMPLATE_PREFIX } from './postgres-admin';

// One migrated template database per test run; each test file clones it (CREATE DATABASE …
// TEMPLATE …), which takes milliseconds and keeps files independent of each other.

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const template = `${TEMPLATE_PREFIX}${process.pid}_${Date.now()}`;
  const admin = await adminClient();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: postgresUrlFor(template), poolSize: 1 });
  try {
    await migrateToLatest(database.db);
    await upsertReferenceData(database.db);
  } finally {
    await database.close();
  }
  project.provide('postgresTemplate', template);

  return async () => {
    const cleanup = await adminClient();
    try {
      const { rows } = await cleanup.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`${template}_%`, template],
      );
      for (const row of rows) await cleanup.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    } finally {
      await cleanup.end();
    }
  };
}
