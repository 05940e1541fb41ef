import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { migrations } from './migrations';
import type { DB } from './schema';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the schema up to date; safe to run at every start and from `siui db migrate`. */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    throw new MigrationError(
      `Migrarea ${failed?.migrationName ?? ''} a eșuat / migration failed: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  return results;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
