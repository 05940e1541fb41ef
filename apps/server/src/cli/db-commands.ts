import type { Command } from 'commander';
import { migrateToLatest } from '../db/migrator';
import { openConfiguredDatabase } from '../server';
import { runCommand } from './cli-support';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('baza de date / database');
  db.command('migrate')
    .description('aplică migrările / applies the migrations')
    .action(() =>
      runCommand(async (config) => {
        const database = await openConfiguredDatabase(config);
        try {
          const results = await migrateToLatest(database.db);
          process.stdout.write(
            `Schema la zi (${database.kind}); migrări aplicate acum / applied now: ${results.length}\n`,
          );
        } finally {
          await database.close();
        }
        return 0;
      }),
    );
}
