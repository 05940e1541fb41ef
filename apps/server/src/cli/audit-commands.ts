import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import type { Database } from '../db/database';
import { type IntegrityResult, runIntegrityChecks } from '../modules/integrity/integrity.service';
import { openConfiguredDatabase } from '../server';
import { runCommand } from './cli-support';

const REASONS = {
  TRUNCATED: 'intrări șterse de la sfârșit / entries cut from the end',
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
          const results = await runIntegrityChecks(database.db, 'cli');
          for (const result of results) process.stdout.write(`${describe(result)}\n`);
          return results.every((result) => result.intact) ? 0 : 1;
        } finally {
          await database.close();
          cleanup();
        }
      }),
    );
}

const NAMES = {
  audit: ['Jurnalul de audit', 'The audit trail'],
  'ocsp-log': ['Log OCSP', 'The OCSP log'],
} as const;

function describe(result: IntegrityResult): string {
  const [ro, en] = NAMES[result.scope];
  if (result.intact) {
    const pending = result.unsealed
      ? ` (${result.unsealed} intrări noi încă nesigilate / not sealed yet)`
      : '';
    return `${ro} este intact: ${result.checked} intrări verificate${pending}. / ${en} is intact: ${result.checked} entries checked.`;
  }
  if (result.reason === 'TRUNCATED') {
    return `${ro} este compromis: are ${result.checked} intrări, mai puține decât la o verificare anterioară (${REASONS.TRUNCATED}). / ${en} is broken: truncated.`;
  }
  const reason = REASONS[result.reason ?? 'CHAIN_BROKEN'];
  return `${ro} este compromis la intrarea #${result.brokenAt} (${reason}); ${result.checked} intrări anterioare sunt intacte. / ${en} is broken at entry #${result.brokenAt}.`;
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
