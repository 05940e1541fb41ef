import type { AuditQuery, auditEntrySchema, keysetPageOf } from '@siui/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../api/client';

export type AuditPage = z.infer<ReturnType<typeof keysetPageOf<typeof auditEntrySchema>>>;
export type AuditFilters = Omit<AuditQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 50;

/** The audit trail, newest first, read page after page with the server's keyset cursor. */
export function useAuditTrail(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      apiRequest<AuditPage>('/api/audit', { query: { ...filters, cursor: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
