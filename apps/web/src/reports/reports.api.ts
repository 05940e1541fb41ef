import type { Page, ReportsQuery, StaffReport } from '@siui/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

/** The reports the house's providers sent online, newest first. */
export function useReportsPage(query: ReportsQuery) {
  return useQuery({
    queryKey: ['reports', 'page', query],
    queryFn: () => apiRequest<Page<StaffReport>>('/api/reports', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}
