import type { OcspLogQuery } from '@siui/core';
import type { Executor } from '../../db/executor';

export type OcspLogFilter = Omit<OcspLogQuery, 'insuranceHouse' | 'cursor' | 'from' | 'to'> & {
  houseCode: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeId?: number | undefined;
};

/**
 * Newest first with keyset pagination on id, so page 10,000 costs what page 1 costs; every filter
 * starts from the house, which leads each index on the table. A period is checked on the entries
 * of the id indexes, which carry `at` (migration 0007): rows outside it are skipped unread.
 */
export function ocspLogQuery(db: Executor, filter: OcspLogFilter) {
  let query = db.selectFrom('ocsp_log').selectAll().orderBy('id', 'desc');
  if (filter.houseCode !== undefined) query = query.where('insurance_house_code', '=', filter.houseCode);
  if (filter.providerCode) query = query.where('provider_code', '=', filter.providerCode);
  if (filter.username) query = query.where('external_username', '=', filter.username);
  if (filter.operation) query = query.where('operation', '=', filter.operation);
  if (filter.result) query = query.where('result', '=', filter.result);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query;
}
