import { type ReportsQuery, reportsQuerySchema } from '@siui/core';
import { filterSearchParams } from '../common/list-search-params';

/** The reports list's filters and page in the address bar (see `filterSearchParams`). */
export const reportsSearch = filterSearchParams<ReportsQuery>(reportsQuerySchema);
