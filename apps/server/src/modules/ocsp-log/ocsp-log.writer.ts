import type { Insertable } from 'kysely';
import type { Executor } from '../../db/executor';
import type { OcspLogTable } from '../../db/schema';

// The Log OCSP: every operation a provider attempts online — activation, session, report … —
// allowed or refused, with the reason. Provider-facing services call this; the console reads it.

export type OnlineOperation = 'ACTIVATION' | 'SESSION' | 'REPORT' | 'NOMENCLATURE' | 'MESSAGES';
export type OperationResult = 'ALLOWED' | 'REFUSED';

export interface OnlineOperationRecord {
  operation: OnlineOperation;
  result: OperationResult;
  reasonCode?: string | null;
  houseCode: string | null;
  providerId?: string | null;
  providerCode?: string | null;
  externalUserId?: string | null;
  externalUsername?: string | null;
  certificateSerial?: string | null;
  issuingAuthorityId?: string | null;
  clientIp: string | null;
  details?: Record<string, unknown> | null;
  at?: Date;
}

/** The row a record becomes (also written inside other statements, e.g. with a new session). */
export function ocspLogValues(record: OnlineOperationRecord): Insertable<OcspLogTable> {
  return {
    at: record.at ?? new Date(),
    insurance_house_code: record.houseCode,
    provider_id: record.providerId ?? null,
    provider_code: record.providerCode ?? null,
    external_user_id: record.externalUserId ?? null,
    external_username: record.externalUsername ?? null,
    certificate_serial: record.certificateSerial ?? null,
    issuing_authority_id: record.issuingAuthorityId ?? null,
    operation: record.operation,
    result: record.result,
    reason_code: record.reasonCode ?? null,
    client_ip: record.clientIp,
    details: record.details ? JSON.stringify(record.details) : null,
  };
}

export async function logOnlineOperation(db: Executor, record: OnlineOperationRecord): Promise<void> {
  await db.insertInto('ocsp_log').values(ocspLogValues(record)).execute();
}
