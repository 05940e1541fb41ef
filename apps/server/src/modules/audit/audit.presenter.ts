import type { AuditEntry } from '@siui/core';
import type { AuditRow } from '../../db/schema';

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actorUsername: row.actor_username,
    insuranceHouse: row.insurance_house_code,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
    clientIp: row.client_ip,
  };
}
