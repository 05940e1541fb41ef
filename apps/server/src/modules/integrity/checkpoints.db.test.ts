import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSuperuser, rewriteAuditRow, rewriteOcspLogRow } from '../../../test/log-tamper';
import { createTestDatabase } from '../../../test/test-database';
import type { Database } from '../../db/database';
import { recordAudit } from '../audit/audit.service';
import { verifyAuditChain } from '../audit/audit-verifier';
import { logOnlineOperation } from '../ocsp-log/ocsp-log.writer';
import { sealOcspLog, verifyOcspLogChain } from '../ocsp-log/ocsp-log-seal';
import { checkpointFile, readCheckpointLines } from './checkpoint-log';
import { openCheckpointer, readCheckpointEvidence } from './checkpoints';
import { runIntegrityChecks } from './integrity.service';

// The insider's rewrite: edit an old row and recompute every later hash, so the chain in the
// database holds. Only the checkpoints signed outside the database can tell.

let database: Database;
let dataDir: string;
const settings = () => ({ dataDir, auditSigningKey: undefined });

beforeEach(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-checkpoints-'));
});
afterEach(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function writeAudit(count: number): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    await database.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { userId: null, username: 'ana', clientIp: '10.0.0.1' },
        {
          action: 'user.update',
          entityType: 'user',
          entityId: String(i),
          houseCode: 'CAS-AB',
          after: { i },
        },
      ),
    );
  }
  return (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
}

async function writeLog(count: number): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    await logOnlineOperation(database.db, {
      operation: 'SESSION',
      result: 'REFUSED',
      reasonCode: 'CERTIFICATE_SUSPENDED',
      houseCode: 'CAS-AB',
      providerCode: `P${i}`,
      clientIp: '10.0.0.2',
    });
  }
  await sealOcspLog(database.db);
  return (await database.db.selectFrom('ocsp_log').select('id').orderBy('id').execute()).map((r) =>
    Number(r.id),
  );
}

const check = () =>
  runIntegrityChecks(database.db, 'test', new Date(), readCheckpointEvidence(settings()).evidence);

describe('signed checkpoints of the chain heads', () => {
  it('name the first rewritten audit entry although every hash in the database was recomputed', async () => {
    const ids = await writeAudit(6);
    await openCheckpointer(settings()).checkpoint(database.db);
    await writeAudit(2);
    await openCheckpointer(settings()).checkpoint(database.db);

    await rewriteAuditRow(database.db, ids[2] as number, 'altcineva');
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 8 });
    const [audit] = await check();
    expect(audit).toMatchObject({
      scope: 'audit',
      intact: false,
      reason: 'REWRITTEN',
      brokenAt: ids[2],
      checked: 2,
    });
  });

  it('name the first rewritten Log OCSP entry the same way', async () => {
    const ids = await writeLog(5);
    await openCheckpointer(settings()).checkpoint(database.db);
    await rewriteOcspLogRow(database.db, ids[1] as number);
    expect(await verifyOcspLogChain(database.db)).toMatchObject({ intact: true, checked: 5 });
    const [, log] = await check();
    expect(log).toMatchObject({
      scope: 'ocsp-log',
      intact: false,
      reason: 'REWRITTEN',
      brokenAt: ids[1],
      checked: 1,
    });
  });

  it('refuse to sign a head that no longer continues from the last signed one', async () => {
    const ids = await writeAudit(3);
    const checkpointer = openCheckpointer(settings());
    expect((await checkpointer.checkpoint(database.db)).written).toHaveLength(1);
    await rewriteAuditRow(database.db, ids[0] as number, 'altcineva');
    await writeAudit(1);
    const run = await checkpointer.checkpoint(database.db);
    expect(run).toMatchObject({ written: [], refused: ['audit'] });
  });

  it('notice entries cut from the end, even with the check history wiped', async () => {
    const ids = await writeAudit(4);
    await openCheckpointer(settings()).checkpoint(database.db);
    await asSuperuser(database.db, async (trx) => {
      await trx
        .deleteFrom('audit_log')
        .where('id', '=', ids.at(-1) as number)
        .execute();
      await trx.deleteFrom('integrity_checks').execute();
    });
    const [audit] = await check();
    expect(audit).toMatchObject({ intact: false, reason: 'TRUNCATED', checked: 3 });
  });

  it('report a checkpoint whose signature fails and do not trust it', async () => {
    await writeAudit(2);
    await openCheckpointer(settings()).checkpoint(database.db);
    const file = checkpointFile(dataDir);
    const [first] = readCheckpointLines(file);
    const forged = { ...first?.checkpoint, seq: 1, from: 0, fp: 'AAAAAA==' };
    // The last bytes, without their newline yet, are a line the server is still writing.
    fs.appendFileSync(file, `${JSON.stringify(forged)}\nnot json\n{"v":1,"chain":"au`);
    const { evidence } = readCheckpointEvidence(settings());
    expect(evidence.problems).toEqual([
      { line: 2, problem: 'BAD_SIGNATURE' },
      { line: 3, problem: 'MALFORMED' },
    ]);
    expect(evidence.anchors.audit.checkpoints).toBe(1);
    expect((await check())[0]).toMatchObject({ intact: true });
  });

  it('writes checkpoints with a stretch per call and resumes from the file', async () => {
    await writeAudit(3);
    await writeLog(2);
    await openCheckpointer(settings()).checkpoint(database.db);
    expect((await openCheckpointer(settings()).checkpoint(database.db)).written).toEqual([]);
    await writeAudit(1);
    await openCheckpointer(settings()).checkpoint(database.db);
    const lines = readCheckpointLines(checkpointFile(dataDir)).map((l) => l.checkpoint);
    expect(lines.map((c) => [c?.chain, c?.from, c?.seq])).toEqual([
      ['audit', 0, 3],
      ['ocsp-log', 0, 2],
      ['audit', 3, 4],
    ]);
    expect(fs.statSync(checkpointFile(dataDir)).mode & 0o777).toBe(0o600);
  });
});
