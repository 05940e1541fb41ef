import type { z } from 'zod';

export type ColumnSortOrder = 'ascend' | 'descend' | null;

/** How a list keeps its filters (and page) in the address bar. */
export interface FilterSearchParams<Query> {
  /** The query in the address bar, read with the API's own schema; the defaults if it was tampered with. */
  fromSearch(search: URLSearchParams): Query;
  /** The address-bar form of `query`, leaving out what is empty or equal to the default. */
  toSearch(query: Query): URLSearchParams;
}

/** How a paged list keeps its filters, page and sort in the address bar. */
export interface ListSearchParams<Query extends { sort: Sort }, Sort extends string>
  extends FilterSearchParams<Query> {
  /** Table sort state of a column for the current `sort` (`-name` → descending on name). */
  columnSortOrder(sort: Sort, column: string): ColumnSortOrder;
  /** The API `sort` for a table sort change; back to the default when the column is unsorted. */
  sortFromTable(column: unknown, order: ColumnSortOrder | undefined): Sort;
}

/**
 * The list's filters live in the address bar, so a filtered list can be bookmarked and the Back
 * button returns to it. `schema` is the API's query schema (or the part of it kept in the address).
 */
export function filterSearchParams<Query extends object>(
  schema: z.ZodType<Query>,
): FilterSearchParams<Query> {
  const defaults = schema.parse({});
  return {
    fromSearch(search) {
      const parsed = schema.safeParse(Object.fromEntries(search));
      return parsed.success ? parsed.data : defaults;
    },
    toSearch(query) {
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) {
        if (value === undefined || value === '') continue;
        if (value === defaults[name as keyof Query]) continue;
        search.set(name, String(value));
      }
      return search;
    },
  };
}

/** `filterSearchParams` for a paged, sortable list; `sorts` are the API's sort values. */
export function listSearchParams<Query extends { sort: Sort }, Sort extends string>(
  schema: z.ZodType<Query>,
  sorts: readonly Sort[],
): ListSearchParams<Query, Sort> {
  const defaultSort = schema.parse({}).sort;
  return {
    ...filterSearchParams(schema),
    columnSortOrder(sort, column) {
      if (sort === column) return 'ascend';
      if (sort === `-${column}`) return 'descend';
      return null;
    },
    sortFromTable(column, order) {
      const wanted = order === 'descend' ? `-${String(column)}` : String(column);
      const known = sorts.find((sort) => sort === wanted);
      return order && known ? known : defaultSort;
    },
  };
}
