import type { OcspLogEntry } from '@siui/core';
import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { apiRequest } from '../api/client';
import { downloadFile } from '../api/download';
import { type OcspLogFilters, ocspLogApiFilters } from './ocsp-log-filters';

interface OcspLogPage {
  items: OcspLogEntry[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

/** The log, newest first, read page after page with the server's keyset cursor (*Încarcă mai multe*). */
export function useOcspLog(filters: OcspLogFilters) {
  return useInfiniteQuery({
    queryKey: ['ocsp-log', filters],
    queryFn: ({ pageParam }) =>
      apiRequest<OcspLogPage>('/api/ocsp-log', {
        query: { ...ocspLogApiFilters(filters), cursor: pageParam, limit: PAGE_SIZE },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** *Export CSV*: the whole log under the same filters, downloaded as `log-ocsp.csv`. */
export function useExportOcspLog() {
  return useMutation({
    mutationFn: (filters: OcspLogFilters) =>
      downloadFile('/api/ocsp-log/export.csv', {
        query: { ...ocspLogApiFilters(filters) },
        accept: 'text/csv',
        fallbackName: 'log-ocsp.csv',
      }),
  });
}
