import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

// Each audit row stores the hash of the row before it and its own hash over its content and that
// previous hash. Editing a row breaks its own hash; deleting or reordering rows breaks the link.

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Told every entry of a chain that holds (its 1-based position and hash); answers false when a
 * record kept outside the database (a signed checkpoint) disagrees: history was rewritten there.
 */
export type ChainObserver = (position: number, hash: string) => boolean;

export interface AuditContent {
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  insuranceHouseCode: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
}

export function hashAuditEntry(previousHash: string, content: AuditContent): string {
  const canonical =
    stringify({
      ...content,
      at: content.at.toISOString(),
      before: content.before ?? null,
      after: content.after ?? null,
    }) ?? '';
  return createHash('sha256').update(previousHash).update('\n').update(canonical).digest('hex');
}
