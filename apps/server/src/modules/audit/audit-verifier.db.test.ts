import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser } from '../../../test/log-tamper';
import { createTestDatabase } from '../../../test/test-database';
import type { Database } from '../../db/database';
import { recordAudit } from './audit.service';
import { verifyAuditChain } from './audit-verifier';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const actor = { userId: null, username: 'test', clientIp: '10.0.0.1' };

async function appendEntries(target: Database, count: number): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    await target.db.transaction().execute((trx) =>
      recordAudit(trx, actor, {
        action: 'test.event',
        entityType: 'test',
        entityId: String(i),
        houseCode: 'CAS-AB',
        before: { n: i, nume: 'Ștefan' },
        after: { n: i + 1, nested: { b: [1, 2], a: 'ț' } },
      }),
    );
  }
  const rows = await target.db.selectFrom('audit_log').select('id').orderBy('id').execute();
  return rows.map((row) => row.id);
}

describe('audit chain verification', () => {
  it('finds an untouched chain intact, then points at the first edited, deleted or reordered row', async () => {
    const ids = await appendEntries(database, 6);
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 6 });
    const third = ids[2];

    await asSuperuser(database.db, (trx) =>
      sql`update audit_log set after = '{"n": 999}'::jsonb where id = ${third}`.execute(trx),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({
      intact: false,
      checked: 2,
      brokenAt: { id: third, reason: 'CONTENT_CHANGED' },
    });
  });

  it('detects a deleted row at the row after it', async () => {
    const fresh = await createTestDatabase();
    try {
      const ids = await appendEntries(fresh, 4);
      await asSuperuser(fresh.db, (trx) => sql`delete from audit_log where id = ${ids[1]}`.execute(trx));
      expect(await verifyAuditChain(fresh.db)).toMatchObject({
        intact: false,
        brokenAt: { id: ids[2], reason: 'CHAIN_BROKEN' },
      });
    } finally {
      await fresh.close();
    }
  });

  it('detects two rows swapped', async () => {
    const fresh = await createTestDatabase();
    try {
      const ids = (await appendEntries(fresh, 4)) as [number, number, number, number];
      // Swap the contents (and hashes) of rows 2 and 3 by exchanging their ids.
      await asSuperuser(fresh.db, (trx) =>
        sql`update audit_log set id = -1 where id = ${ids[1]}`.execute(trx),
      );
      await asSuperuser(fresh.db, (trx) =>
        sql`update audit_log set id = ${ids[1]} where id = ${ids[2]}`.execute(trx),
      );
      await asSuperuser(fresh.db, (trx) =>
        sql`update audit_log set id = ${ids[2]} where id = -1`.execute(trx),
      );
      expect(await verifyAuditChain(fresh.db)).toMatchObject({
        intact: false,
        brokenAt: { id: ids[1], reason: 'CHAIN_BROKEN' },
      });
    } finally {
      await fresh.close();
    }
  });
});
