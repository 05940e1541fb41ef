import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import type { Database } from '../db/database';
import { verifyAuditChain } from '../modules/audit/audit-verifier';
import { openConfiguredDatabase } from '../server';
import { runCommand } from './cli-support';

const REASONS = {
  CONTENT_CHANGED: 'conținut modificat / content changed',
  CHAIN_BROKEN:
    'lanț rupt: o intrare anterioară a fost ștearsă, inserată sau mutată / chain broken: an entry was deleted, inserted or moved',
} as const;

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('jurnalul de audit / the audit trail');
  audit
    .command('verify')
    .description('verifică lanțul de hash-uri al jurnalului / verifies the hash chain of the audit trail')
    .action(() =>
      runCommand(async (config) => {
        const { database, cleanup } = await openForReading(config);
        try {
          const result = await verifyAuditChain(database.db);
          if (result.intact) {
            process.stdout.write(
              `Jurnalul de audit este intact: ${result.checked} intrări verificate. / The audit trail is intact: ${result.checked} entries checked.\n`,
            );
            return 0;
          }
          process.stdout.write(
            `Jurnalul de audit este compromis la intrarea #${result.brokenAt.id} (${REASONS[result.brokenAt.reason]}); ` +
              `${result.checked} intrări anterioare sunt intacte. / The audit trail is broken at entry #${result.brokenAt.id}.\n`,
          );
          return 1;
        } finally {
          await database.close();
          cleanup();
        }
      }),
    );
}

/**
 * With the embedded database open in a running server, verification reads a snapshot copy of the
 * files instead (PGlite admits one process; the copy recovers like after a power cut).
 */
async function openForReading(config: Config): Promise<{ database: Database; cleanup: () => void }> {
  try {
    return { database: await openConfiguredDatabase(config), cleanup: () => {} };
  } catch (error) {
    if (!(error instanceof DataDirLockedError) || config.databaseUrl) throw error;
    const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-audit-'));
    fs.cpSync(path.join(config.dataDir, 'pgdata'), path.join(snapshot, 'pgdata'), { recursive: true });
    const cleanup = () => fs.rmSync(snapshot, { recursive: true, force: true });
    try {
      return { database: await openConfiguredDatabase({ ...config, dataDir: snapshot }), cleanup };
    } catch (snapshotError) {
      cleanup();
      throw snapshotError;
    }
  }
}
