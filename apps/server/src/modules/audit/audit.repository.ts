import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { AuditRow } from '../../db/schema';
import { type AuditContent, GENESIS_HASH, hashAuditEntry } from './audit-hash';

const AUDIT_CHAIN_LOCK = 7_261_002;

/**
 * Appends one entry to the chain. Must run inside the transaction of the change it records, so
 * the entry exists exactly when the change does; the advisory lock keeps the chain a single line
 * when several instances write at once.
 */
export async function appendAuditEntry(trx: Executor, content: AuditContent): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_log')
    .values({
      at: content.at,
      actor_user_id: content.actorUserId,
      actor_username: content.actorUsername,
      insurance_house_code: content.insuranceHouseCode,
      action: content.action,
      entity_type: content.entityType,
      entity_id: content.entityId,
      before: content.before === undefined || content.before === null ? null : JSON.stringify(content.before),
      after: content.after === undefined || content.after === null ? null : JSON.stringify(content.after),
      client_ip: content.clientIp,
      prev_hash: prevHash,
      hash: hashAuditEntry(prevHash, content),
    })
    .execute();
}

export interface AuditFilter {
  houseCode?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeId?: number | undefined;
  limit: number;
}

/** Newest first, keyset-paginated by id. */
export async function listAuditEntries(db: Executor, filter: AuditFilter): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.houseCode !== undefined) query = query.where('insurance_house_code', '=', filter.houseCode);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actor) query = query.where(sql`lower(actor_username)`, '=', filter.actor.toLowerCase());
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query.execute();
}

/** The chain in order, a batch at a time, for verification. */
export async function readAuditBatch(db: Executor, afterId: number, size: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id', 'asc')
    .limit(size)
    .execute();
}

export async function readAuditLinks(db: Executor, afterId: number, size: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'prev_hash', 'hash'])
    .where('id', '>', afterId)
    .orderBy('id', 'asc')
    .limit(size)
    .execute();
}
