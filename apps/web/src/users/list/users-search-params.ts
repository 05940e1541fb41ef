import { USER_SORTS, type UsersQuery, usersQuerySchema } from '@siui/core';
import { listSearchParams } from '../../common/list-search-params';

export type UserSort = (typeof USER_SORTS)[number];

/** The users list's filters, page and sort in the address bar (see `listSearchParams`). */
export const usersSearch = listSearchParams<UsersQuery, UserSort>(usersQuerySchema, USER_SORTS);

export const usersQueryFromSearch = usersSearch.fromSearch;
export const searchFromUsersQuery = usersSearch.toSearch;
export const columnSortOrder = usersSearch.columnSortOrder;
export const sortFromTable = usersSearch.sortFromTable;
