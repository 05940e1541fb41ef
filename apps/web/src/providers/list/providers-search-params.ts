import { PROVIDER_SORTS, type ProvidersQuery, providersQuerySchema } from '@siui/core';
import { listSearchParams } from '../../common/list-search-params';

export type ProviderSort = (typeof PROVIDER_SORTS)[number];

/** The providers list's filters, page and sort in the address bar (see `listSearchParams`). */
export const providersSearch = listSearchParams<ProvidersQuery, ProviderSort>(
  providersQuerySchema,
  PROVIDER_SORTS,
);
