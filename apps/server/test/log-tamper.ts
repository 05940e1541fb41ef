import { sql } from 'kysely';
import type { Executor } from '../src/db/executor';
import { GENESIS_HASH, hashAuditEntry } from '../src/modules/audit/audit-hash';
import { hashLogRow } from '../src/modules/ocsp-log/ocsp-log-seal';

// What an insider with full database rights does to the logs: switch the append-only triggers off
// for the session (superuser only), change what it likes, and recompute every later hash so the
// chain in the database holds again.

/** Runs `change` with the log tables' triggers off, as the database superuser can. */
export async function asSuperuser(db: Executor, change: (trx: Executor) => Promise<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await change(trx);
  });
}

/** Edits one audit row and rewrites the hash of it and of every row after it. */
export async function rewriteAuditRow(db: Executor, id: number, actorUsername: string): Promise<void> {
  await asSuperuser(db, async (trx) => {
    await sql`update audit_log set actor_username = ${actorUsername} where id = ${id}`.execute(trx);
    const rows = await trx.selectFrom('audit_log').selectAll().orderBy('id').execute();
    let previous = GENESIS_HASH;
    for (const row of rows) {
      const hash = hashAuditEntry(previous, {
        at: new Date(row.at),
        actorUserId: row.actor_user_id,
        actorUsername: row.actor_username,
        insuranceHouseCode: row.insurance_house_code,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        clientIp: row.client_ip,
      });
      await sql`update audit_log set prev_hash = ${previous}, hash = ${hash} where id = ${row.id}`.execute(
        trx,
      );
      previous = hash;
    }
  });
}

/** Turns one refused Log OCSP operation into an allowed one and reseals the chain from the start. */
export async function rewriteOcspLogRow(db: Executor, id: number): Promise<void> {
  await asSuperuser(db, async (trx) => {
    await sql`update ocsp_log set result = 'ALLOWED', reason_code = null where id = ${id}`.execute(trx);
    const rows = await trx
      .selectFrom('ocsp_log')
      .selectAll()
      .where('seal_seq', 'is not', null)
      .orderBy('seal_seq')
      .execute();
    let previous = GENESIS_HASH;
    for (const row of rows) {
      const hash = hashLogRow(previous, row);
      await sql`update ocsp_log set prev_hash = ${previous}, hash = ${hash} where id = ${row.id}`.execute(
        trx,
      );
      previous = hash;
    }
  });
}
