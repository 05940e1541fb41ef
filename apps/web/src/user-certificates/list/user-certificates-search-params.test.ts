import { describe, expect, it } from 'vitest';
import { userCertificatesSearch } from './user-certificates-search-params';

describe('user certificates list address-bar state', () => {
  it('reads filters with the API schema and writes back only what differs from the defaults', () => {
    const query = userCertificatesSearch.fromSearch(
      new URLSearchParams(
        'providerCode=AB-MF-1&suspended=true&expiringWithinDays=30&serialNumber=00:a3 0f&page=2',
      ),
    );
    expect(query).toMatchObject({
      providerCode: 'AB-MF-1',
      suspended: true,
      expiringWithinDays: 30,
      serialNumber: 'A30F',
      page: 2,
      pageSize: 20,
    });
    expect(userCertificatesSearch.toSearch(query).toString()).toBe(
      'page=2&providerCode=AB-MF-1&serialNumber=A30F&suspended=true&expiringWithinDays=30',
    );
  });

  it('keeps "not suspended" as a filter, not as the default', () => {
    const query = userCertificatesSearch.fromSearch(new URLSearchParams('suspended=false'));
    expect(query.suspended).toBe(false);
    expect(userCertificatesSearch.toSearch(query).toString()).toBe('suspended=false');
  });

  it('falls back to the defaults on a tampered address', () => {
    expect(userCertificatesSearch.fromSearch(new URLSearchParams('serialNumber=xyz'))).toEqual({
      page: 1,
      pageSize: 20,
    });
  });
});
