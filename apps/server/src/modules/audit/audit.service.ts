import type { Executor } from '../../db/executor';
import { appendAuditEntry } from './audit.repository';

/** Who did it and from where; taken from the authenticated request. */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  clientIp: string | null;
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The house the changed record belongs to; its administrators see the entry. */
  houseCode: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(
  trx: Executor,
  actor: AuditActor,
  event: AuditEvent,
  now: Date = new Date(),
): Promise<void> {
  await appendAuditEntry(trx, {
    at: now,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    insuranceHouseCode: event.houseCode,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    clientIp: actor.clientIp,
  });
}
