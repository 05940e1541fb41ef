import { describe, expect, it } from 'vitest';
import { reportsSearch } from './reports-search-params';

describe('reports list address-bar state', () => {
  it('reads the filters with the API schema and writes back what differs from the defaults', () => {
    const query = reportsSearch.fromSearch(
      new URLSearchParams('state=INVALID&period=2026-10&providerCode=AB-1'),
    );
    expect(query).toEqual({
      state: 'INVALID',
      period: '2026-10',
      providerCode: 'AB-1',
      page: 1,
      pageSize: 20,
    });
    expect(reportsSearch.toSearch(query).toString()).toBe('providerCode=AB-1&state=INVALID&period=2026-10');
  });

  it('falls back to the defaults on a malformed period', () => {
    expect(reportsSearch.fromSearch(new URLSearchParams('period=2026-13'))).toEqual({
      page: 1,
      pageSize: 20,
    });
  });
});
