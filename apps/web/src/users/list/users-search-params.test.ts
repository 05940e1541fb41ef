import { describe, expect, it } from 'vitest';
import {
  columnSortOrder,
  searchFromUsersQuery,
  sortFromTable,
  usersQueryFromSearch,
} from './users-search-params';

describe('users list address-bar state', () => {
  it('reads filters with the API schema and writes back only what differs from the defaults', () => {
    const query = usersQueryFromSearch(
      new URLSearchParams('kind=external&providerCode=F123&active=false&page=2'),
    );
    expect(query).toMatchObject({
      kind: 'external',
      providerCode: 'F123',
      active: false,
      page: 2,
      pageSize: 20,
    });
    expect(searchFromUsersQuery(query).toString()).toBe(
      'page=2&kind=external&providerCode=F123&active=false',
    );
  });

  it('falls back to the defaults on a tampered address', () => {
    expect(usersQueryFromSearch(new URLSearchParams('kind=alien'))).toMatchObject({
      page: 1,
      sort: 'username',
    });
  });

  it('maps table sorting to the API sort and back', () => {
    expect(sortFromTable('fullName', 'descend')).toBe('-fullName');
    expect(sortFromTable('fullName', null)).toBe('username');
    expect(sortFromTable('kind', 'ascend')).toBe('username');
    expect(columnSortOrder('-fullName', 'fullName')).toBe('descend');
    expect(columnSortOrder('-fullName', 'username')).toBeNull();
  });
});
