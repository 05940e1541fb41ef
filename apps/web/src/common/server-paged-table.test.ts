import { describe, expect, it } from 'vitest';
import { pageFromTable, serverPagination, sortedPageFromTable } from './server-paged-table';

const query = { page: 3, pageSize: 50 };
const sortFromTable = (column: unknown, order: 'ascend' | 'descend' | null | undefined) =>
  order ? `${order === 'descend' ? '-' : ''}${String(column)}` : 'default';

describe('server-paged table', () => {
  it('shows the query’s page of the server’s total', () => {
    const pagination = serverPagination(query, undefined, (total) => `${total} rows`);
    expect(pagination).toMatchObject({ current: 3, pageSize: 50, total: 0, showSizeChanger: true });
    expect(pagination.pageSizeOptions).toEqual([10, 20, 50, 100]);
    expect(serverPagination(query, 120, String).total).toBe(120);
  });

  it('reads the page and size the pager asks for, keeping the size it does not give', () => {
    expect(pageFromTable({ current: 2, pageSize: 10 }, query)).toEqual({ page: 2, pageSize: 10 });
    expect(pageFromTable({}, query)).toEqual({ page: 1, pageSize: 50 });
  });

  it('sorts by the first sorted column, or by the default when none is', () => {
    expect(
      sortedPageFromTable({ current: 1 }, { columnKey: 'name', order: 'descend' }, query, sortFromTable),
    ).toEqual({
      page: 1,
      pageSize: 50,
      sort: '-name',
    });
    const sorters = [
      { columnKey: 'code', order: 'ascend' as const },
      { columnKey: 'name', order: 'descend' as const },
    ];
    expect(sortedPageFromTable({ current: 1 }, sorters, query, sortFromTable).sort).toBe('code');
    expect(
      sortedPageFromTable({ current: 1 }, { columnKey: 'code', order: null }, query, sortFromTable).sort,
    ).toBe('default');
  });
});
