import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSuperuser } from '../../../test/log-tamper';
import { createTestDatabase } from '../../../test/test-database';
import type { Database } from '../../db/database';
import { runIntegrityChecks } from '../integrity/integrity.service';
import { logOnlineOperation } from './ocsp-log.writer';
import { sealOcspLog, sealOcspLogBacklog, verifyOcspLogChain } from './ocsp-log-seal';

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

async function writeRows(count: number): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    await logOnlineOperation(database.db, {
      operation: 'SESSION',
      result: i % 2 ? 'ALLOWED' : 'REFUSED',
      reasonCode: i % 2 ? null : 'CERTIFICATE_SUSPENDED',
      houseCode: 'CAS-AB',
      providerCode: `P${i}`,
      clientIp: '10.0.0.1',
      details: { n: i, text: 'Ștefan' },
    });
  }
  const rows = await database.db.selectFrom('ocsp_log').select('id').orderBy('id').execute();
  return rows.map((row) => row.id);
}

describe('Log OCSP hash chain', () => {
  it('seals new rows into a chain that verifies', async () => {
    await writeRows(5);
    expect(await verifyOcspLogChain(database.db)).toEqual({ intact: true, checked: 0, unsealed: 5 });
    expect(await sealOcspLog(database.db)).toBe(5);
    await writeRows(3);
    expect(await sealOcspLog(database.db)).toBe(3);
    expect(await verifyOcspLogChain(database.db)).toEqual({ intact: true, checked: 8, unsealed: 0 });
  });

  it('seals a month-end backlog larger than one batch in one tick', async () => {
    await sql`
      insert into ocsp_log (at, insurance_house_code, provider_code, operation, result, client_ip, details)
      select now(), 'CAS-AB', 'P' || n, 'REPORT', 'ALLOWED', '10.0.0.1', '{}'::jsonb
        from generate_series(1, 12001) as n`.execute(database.db);
    expect(await sealOcspLogBacklog(database.db, 60_000)).toBe(12_001);
    expect(await verifyOcspLogChain(database.db)).toEqual({ intact: true, checked: 12_001, unsealed: 0 });
  });

  it('points at an edited row', async () => {
    const ids = await writeRows(5);
    await sealOcspLog(database.db);
    await asSuperuser(database.db, (trx) =>
      sql`update ocsp_log set result = 'ALLOWED', reason_code = null where id = ${ids[2]}`.execute(trx),
    );
    expect(await verifyOcspLogChain(database.db)).toMatchObject({
      intact: false,
      checked: 2,
      brokenAt: { id: ids[2], reason: 'CONTENT_CHANGED' },
    });
  });

  it('points at the row after a deleted one, and after a reordering', async () => {
    const ids = (await writeRows(5)) as [number, number, number, number, number];
    await sealOcspLog(database.db);
    await asSuperuser(database.db, (trx) => sql`delete from ocsp_log where id = ${ids[1]}`.execute(trx));
    expect(await verifyOcspLogChain(database.db)).toMatchObject({
      intact: false,
      brokenAt: { id: ids[2], reason: 'CHAIN_BROKEN' },
    });
    await asSuperuser(database.db, (trx) =>
      sql`update ocsp_log set seal_seq = -1 where id = ${ids[3]}`.execute(trx),
    );
    await asSuperuser(database.db, (trx) =>
      sql`update ocsp_log set seal_seq = 4 where id = ${ids[4]}`.execute(trx),
    );
    await asSuperuser(database.db, (trx) =>
      sql`update ocsp_log set seal_seq = 5 where id = ${ids[3]}`.execute(trx),
    );
    await asSuperuser(database.db, (trx) => sql`delete from ocsp_log where id = ${ids[0]}`.execute(trx));
    expect((await verifyOcspLogChain(database.db)).intact).toBe(false);
  });

  it('notices rows cut from the end against the previous check', async () => {
    const ids = await writeRows(4);
    expect((await runIntegrityChecks(database.db, 'test')).every((r) => r.intact)).toBe(true);
    await asSuperuser(database.db, (trx) => sql`delete from ocsp_log where id = ${ids.at(-1)}`.execute(trx));
    const [, logCheck] = await runIntegrityChecks(database.db, 'test');
    expect(logCheck).toMatchObject({ scope: 'ocsp-log', intact: false, reason: 'TRUNCATED', checked: 3 });
  });
});
