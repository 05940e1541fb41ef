import type { Executor } from '../../db/executor';
import type { AuditRow } from '../../db/schema';
import { readAuditBatch, readAuditLinks } from './audit.repository';
import { type ChainObserver, GENESIS_HASH, hashAuditEntry } from './audit-hash';

/** The links of the chain (id, prev_hash, hash) after an id, in order, for the checkpoints. */
export const auditLinksAfter = readAuditLinks;

export type AuditVerification =
  | { intact: true; checked: number; lastHash: string }
  | {
      intact: false;
      checked: number;
      brokenAt: { id: number; reason: 'CONTENT_CHANGED' | 'CHAIN_BROKEN' | 'REWRITTEN' };
    };

/**
 * Walks the whole chain; stops at the first row whose hash or link does not hold, or that the
 * observer (the signed checkpoints) says differs from what was sealed.
 */
export async function verifyAuditChain(
  db: Executor,
  batchSize = 2_000,
  observe: ChainObserver = () => true,
): Promise<AuditVerification> {
  let previousHash = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await readAuditBatch(db, afterId, batchSize);
    for (const row of rows) {
      if (row.prev_hash !== previousHash) {
        return { intact: false, checked, brokenAt: { id: row.id, reason: 'CHAIN_BROKEN' } };
      }
      if (recomputeHash(row) !== row.hash) {
        return { intact: false, checked, brokenAt: { id: row.id, reason: 'CONTENT_CHANGED' } };
      }
      if (!observe(checked + 1, row.hash)) {
        return { intact: false, checked, brokenAt: { id: row.id, reason: 'REWRITTEN' } };
      }
      previousHash = row.hash;
      afterId = row.id;
      checked += 1;
    }
    if (rows.length < batchSize) return { intact: true, checked, lastHash: previousHash };
  }
}

function recomputeHash(row: AuditRow): string {
  return hashAuditEntry(row.prev_hash, {
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
}
