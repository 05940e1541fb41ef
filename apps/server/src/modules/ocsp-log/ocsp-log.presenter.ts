import type { OcspLogEntry } from '@siui/core';
import type { Selectable } from 'kysely';
import type { OcspLogTable } from '../../db/schema';

export function toOcspLogEntry(row: Selectable<OcspLogTable>): OcspLogEntry {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    insuranceHouse: row.insurance_house_code,
    providerCode: row.provider_code,
    externalUsername: row.external_username,
    certificateSerial: row.certificate_serial,
    operation: row.operation as OcspLogEntry['operation'],
    result: row.result,
    reasonCode: row.reason_code,
    clientIp: row.client_ip,
    details: (row.details as Record<string, unknown> | null) ?? null,
  };
}
