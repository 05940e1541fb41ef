import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rewriteAuditRow } from '../test/log-tamper';
import { createTestDatabase } from '../test/test-database';
import { type BackgroundJobs, startBackgroundJobs } from './background-jobs';
import type { Database } from './db/database';
import { recordAudit } from './modules/audit/audit.service';
import { checkpointFile, readCheckpointLines } from './modules/integrity/checkpoint-log';
import { openCheckpointer } from './modules/integrity/checkpoints';
import { logOnlineOperation } from './modules/ocsp-log/ocsp-log.writer';

// The running server signs both chains' heads on its own, and its daily check compares the
// database with them.

let database: Database;
let dataDir: string;
let jobs: BackgroundJobs | undefined;
let log: FastifyBaseLogger;

beforeEach(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-jobs-'));
  log = pino({ level: 'silent' });
});
afterEach(async () => {
  jobs?.stop();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function writeEntries(count: number): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    await database.db
      .transaction()
      .execute((trx) =>
        recordAudit(
          trx,
          { userId: null, username: 'ana', clientIp: null },
          { action: 'test.event', entityType: 'test', houseCode: null },
        ),
      );
    await logOnlineOperation(database.db, {
      operation: 'REPORT',
      result: 'ALLOWED',
      houseCode: 'CAS-AB',
      clientIp: null,
    });
  }
  return (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
}

const chains = () => readCheckpointLines(checkpointFile(dataDir)).map((line) => line.checkpoint?.chain);

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('background jobs and the signed checkpoints', () => {
  it('seal the Log OCSP and then sign both heads, no more often than asked', async () => {
    await writeEntries(3);
    const checkpoints = openCheckpointer({ dataDir, auditSigningKey: undefined });
    jobs = startBackgroundJobs(database.db, log, {
      idleSeconds: 60,
      sealEveryMs: 30,
      checkpoints,
      checkpointEveryMs: 60_000,
    });
    await until(() => chains().length === 2);
    expect(chains().sort()).toEqual(['audit', 'ocsp-log']);
    await writeEntries(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chains()).toHaveLength(2);
  });

  it('report a rewrite the database alone cannot show at the daily check', async () => {
    const ids = await writeEntries(3);
    const checkpoints = openCheckpointer({ dataDir, auditSigningKey: undefined });
    await checkpoints.checkpoint(database.db);
    await rewriteAuditRow(database.db, ids[1] as number, 'altcineva');
    const errors = vi.spyOn(log, 'error');
    jobs = startBackgroundJobs(database.db, log, {
      idleSeconds: 60,
      sealEveryMs: 30,
      checkpoints,
      checkpointEveryMs: 0,
      firstIntegrityAfterMs: 0,
      integrityEveryMs: 1,
    });
    await until(() => errors.mock.calls.some(([entry]) => JSON.stringify(entry).includes('REWRITTEN')));
    const reported = errors.mock.calls.map(([entry]) => JSON.stringify(entry));
    expect(reported.find((entry) => entry.includes('REWRITTEN'))).toContain(`"brokenAt":${ids[1]}`);
  });
});
