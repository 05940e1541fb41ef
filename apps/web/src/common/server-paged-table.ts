import type { TablePaginationConfig, TableProps } from 'antd';
import type { ColumnSortOrder } from './list-search-params';

/** The part of a list query that picks the page the server sends. */
interface PageQuery {
  page: number;
  pageSize: number;
}

type TableSorter<Row> = Parameters<NonNullable<TableProps<Row>['onChange']>>[2];

/** The pager of a table whose rows the server pages: on the query's page, of the server's total. */
export function serverPagination(
  query: PageQuery,
  total: number | undefined,
  showTotal: (total: number) => string,
): TablePaginationConfig {
  return {
    current: query.page,
    pageSize: query.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal,
  };
}

/** The page and size a table asks for after a click on its pager. */
export function pageFromTable(pagination: TablePaginationConfig, query: PageQuery): PageQuery {
  return { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize };
}

/**
 * The page, size and sort a table asks for after a click on its pager or a column header; the
 * server sorts by one column, so only the first sorter counts.
 */
export function sortedPageFromTable<Row, Sort>(
  pagination: TablePaginationConfig,
  sorter: TableSorter<Row>,
  query: PageQuery,
  sortFromTable: (column: unknown, order: ColumnSortOrder | undefined) => Sort,
): PageQuery & { sort: Sort } {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  return { ...pageFromTable(pagination, query), sort: sortFromTable(single?.columnKey, single?.order) };
}
