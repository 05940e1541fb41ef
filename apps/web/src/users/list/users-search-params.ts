import { USER_SORTS, type UsersQuery, usersQuerySchema } from '@siui/core';

export type UserSort = (typeof USER_SORTS)[number];

const DEFAULTS = usersQuerySchema.parse({});

/**
 * The list's filters, page and sort live in the address bar, so a filtered list can be bookmarked
 * and the Back button returns to it. They are read with the API's own query schema.
 */
export function usersQueryFromSearch(search: URLSearchParams): UsersQuery {
  const parsed = usersQuerySchema.safeParse(Object.fromEntries(search));
  return parsed.success ? parsed.data : DEFAULTS;
}

/** The address-bar form of `query`, leaving out what is empty or equal to the default. */
export function searchFromUsersQuery(query: UsersQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (value === DEFAULTS[name as keyof UsersQuery]) continue;
    search.set(name, String(value));
  }
  return search;
}

/** Table sort state of a column for the current `sort` (`-username` → descending on username). */
export function columnSortOrder(sort: UserSort, column: string): 'ascend' | 'descend' | null {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** The API `sort` for a table sort change; back to the default when the column is unsorted. */
export function sortFromTable(column: unknown, order: 'ascend' | 'descend' | null | undefined): UserSort {
  const wanted = order === 'descend' ? `-${String(column)}` : String(column);
  const known = USER_SORTS.find((sort) => sort === wanted);
  return order && known ? known : DEFAULTS.sort;
}
