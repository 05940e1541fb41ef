import { type OcspLogQuery, ocspLogQuerySchema } from '@siui/core';
import dayjs from 'dayjs';
import { filterSearchParams } from '../common/list-search-params';

/** The log's filters as kept in the address bar: the period as calendar days (`2026-11-28`). */
export type OcspLogFilters = Omit<OcspLogQuery, 'cursor' | 'limit'>;

export const ocspLogSearch = filterSearchParams<OcspLogFilters>(
  ocspLogQuerySchema.omit({ cursor: true, limit: true }),
);

/** A calendar day of the period as the moment it starts (`to`: ends) in the browser's time zone. */
function dayBoundary(value: string | undefined, end: boolean): string | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const day = dayjs(value);
  return (end ? day.endOf('day') : day.startOf('day')).toISOString();
}

/** The filters as the API takes them: the days of the period are the user's days, not UTC ones. */
export function ocspLogApiFilters(filters: OcspLogFilters): OcspLogFilters {
  return { ...filters, from: dayBoundary(filters.from, false), to: dayBoundary(filters.to, true) };
}
