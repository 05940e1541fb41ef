import { describe, expect, it } from 'vitest';
import { providersSearch } from './providers-search-params';

describe('providers list address-bar state', () => {
  it('reads filters with the API schema and writes back only what differs from the defaults', () => {
    const query = providersSearch.fromSearch(
      new URLSearchParams('q=Stefan&category=FARM&keyState=NONE&active=true&sort=-contractEnd&page=3'),
    );
    expect(query).toMatchObject({
      q: 'Stefan',
      category: 'FARM',
      keyState: 'NONE',
      active: true,
      sort: '-contractEnd',
      page: 3,
      pageSize: 20,
    });
    expect(providersSearch.toSearch(query).toString()).toBe(
      'page=3&q=Stefan&category=FARM&keyState=NONE&active=true&sort=-contractEnd',
    );
  });

  it('falls back to the defaults on a tampered address', () => {
    expect(providersSearch.fromSearch(new URLSearchParams('keyState=MAYBE'))).toMatchObject({
      page: 1,
      sort: 'code',
    });
  });

  it('maps table sorting to the API sort and back', () => {
    expect(providersSearch.sortFromTable('contractEnd', 'descend')).toBe('-contractEnd');
    expect(providersSearch.sortFromTable('name', 'ascend')).toBe('name');
    expect(providersSearch.sortFromTable('fiscalCode', 'ascend')).toBe('code');
    expect(providersSearch.sortFromTable('name', null)).toBe('code');
    expect(providersSearch.columnSortOrder('-name', 'name')).toBe('descend');
    expect(providersSearch.columnSortOrder('code', 'name')).toBeNull();
  });
});
