import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';
import { upsertReferenceData } from '../src/db/reference-data';

// PGlite takes seconds to create and migrate a database; a migrated dump made once per run is
// loaded by every test file in a fraction of that.

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
  }
}

export default async function setup(project: TestProject) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-pglite-template-'));
  const database = await openDatabase({});
  const file = path.join(directory, 'template.tar.gz');
  try {
    await migrateToLatest(database.db);
    await upsertReferenceData(database.db);
    const dump = await dumpOf(database);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  project.provide('pgliteTemplateFile', file);
  return () => fs.rmSync(directory, { recursive: true, force: true });
}

async function dumpOf(database: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!database.dumpPglite) throw new Error('not a PGlite database');
  return database.dumpPglite();
}
