import { describe, expect, it } from 'vitest';
import { ocspLogApiFilters, ocspLogSearch } from './ocsp-log-filters';

describe('Log OCSP filters', () => {
  it('keeps the filters and the period as days in the address bar', () => {
    const filters = ocspLogSearch.fromSearch(
      new URLSearchParams('providerCode=AB-1&operation=SESSION&result=REFUSED&from=2026-11-01&to=2026-11-28'),
    );
    expect(filters).toEqual({
      providerCode: 'AB-1',
      operation: 'SESSION',
      result: 'REFUSED',
      from: '2026-11-01',
      to: '2026-11-28',
    });
    expect(ocspLogSearch.toSearch(filters).toString()).toBe(
      'providerCode=AB-1&operation=SESSION&result=REFUSED&from=2026-11-01&to=2026-11-28',
    );
  });

  it('asks the API for whole local days', () => {
    const api = ocspLogApiFilters({ from: '2026-11-01', to: '2026-11-28' });
    expect(new Date(api.from ?? '').getTime()).toBe(new Date(2026, 10, 1, 0, 0, 0, 0).getTime());
    expect(new Date(api.to ?? '').getTime()).toBe(new Date(2026, 10, 28, 23, 59, 59, 999).getTime());
  });

  it('ignores an unknown operation in the address', () => {
    expect(ocspLogSearch.fromSearch(new URLSearchParams('operation=HACK'))).toEqual({});
  });
});
