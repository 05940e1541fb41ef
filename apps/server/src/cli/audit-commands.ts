import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import type { Database } from '../db/database';
import { type EvidenceReading, readCheckpointEvidence } from '../modules/integrity/checkpoints';
import { type IntegrityResult, runIntegrityChecks } from '../modules/integrity/integrity.service';
import { openConfiguredDatabase } from '../server';
import { runCommand } from './cli-support';

const REASONS = {
  TRUNCATED: 'intrări șterse de la sfârșit / entries cut from the end',
  CONTENT_CHANGED: 'conținut modificat / content changed',
  CHAIN_BROKEN:
    'lanț rupt: o intrare anterioară a fost ștearsă, inserată sau mutată / chain broken: an entry was deleted, inserted or moved',
  REWRITTEN:
    'istorie rescrisă: diferă de punctul de control semnat, deși hash-urile din baza de date se potrivesc / history rewritten: differs from the signed checkpoint although the hashes in the database agree',
} as const;

const PROBLEMS = {
  MALFORMED: ['nu poate fi citit', 'cannot be read'],
  BAD_SIGNATURE: ['semnătura nu se verifică', 'its signature does not verify'],
  UNKNOWN_KEY: [
    'semnat cu altă cheie decât cea configurată',
    'signed with a key other than the configured one',
  ],
} as const;

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('jurnalul de audit / the audit trail');
  audit
    .command('verify')
    .description(
      'verifică lanțurile de hash-uri ale jurnalului de audit și Log OCSP față de punctele de control semnate / ' +
        'verifies the hash chains of the audit trail and the OCSP log against the signed checkpoints',
    )
    .action(() =>
      runCommand(async (config) => {
        // Read before any snapshot: the checkpoints live in the real data directory.
        const reading = readCheckpointEvidence(config);
        const { database, cleanup } = await openForReading(config);
        try {
          const results = await runIntegrityChecks(database.db, 'cli', new Date(), reading.evidence);
          for (const result of results) process.stdout.write(`${describe(result)}\n`);
          for (const line of describeCheckpoints(reading)) process.stdout.write(`${line}\n`);
          const intact = results.every((result) => result.intact) && reading.evidence.problems.length === 0;
          return intact ? 0 : 1;
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
    return `${ro} este compromis: are ${result.checked} intrări, mai puține decât a văzut o verificare anterioară sau un punct de control semnat (${REASONS.TRUNCATED}). / ${en} is broken: truncated.`;
  }
  const reason = REASONS[result.reason ?? 'CHAIN_BROKEN'];
  if (result.reason === 'REWRITTEN') {
    const position = result.checked + 1;
    return `${ro} este compromis la intrarea #${result.brokenAt}, poziția ${position} în lanț (${reason}); ${result.checked} intrări anterioare sunt intacte. / ${en} is broken at entry #${result.brokenAt}, position ${position}: history rewritten.`;
  }
  return `${ro} este compromis la intrarea #${result.brokenAt} (${reason}); ${result.checked} intrări anterioare sunt intacte. / ${en} is broken at entry #${result.brokenAt}.`;
}

function describeCheckpoints(reading: EvidenceReading): string[] {
  if (reading.missing) {
    return [
      `Atenție: nu există puncte de control semnate (${reading.file}); lanțurile sunt verificate doar față de ele însele. / ` +
        'Warning: no signed checkpoints; the chains are checked only against themselves.',
    ];
  }
  const { anchors, problems } = reading.evidence;
  const valid = anchors.audit.checkpoints + anchors['ocsp-log'].checkpoints;
  const lines = problems.map(({ line, problem }) => {
    const [ro, en] = PROBLEMS[problem];
    return `Punctul de control de pe linia ${line} din ${reading.file} este invalid: ${ro}. / The checkpoint at line ${line} is invalid: ${en}.`;
  });
  lines.push(
    `${valid} puncte de control semnate valide în ${reading.file}. / ${valid} valid signed checkpoints.`,
  );
  return lines;
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
