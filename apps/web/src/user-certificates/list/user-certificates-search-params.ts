import { type UserCertificatesQuery, userCertificatesQuerySchema } from '@siui/core';
import { filterSearchParams } from '../../common/list-search-params';

/** The certificates list's filters and page in the address bar (see `filterSearchParams`). */
export const userCertificatesSearch = filterSearchParams<UserCertificatesQuery>(userCertificatesQuerySchema);
