import { useSearchParams } from 'react-router';
import type { FilterSearchParams } from './list-search-params';

export interface ListQuery<Query> {
  /** The list's query as this render shows it. */
  query: Query;
  /** Applies `change` on top of the filters in the address bar now. */
  show: (change: Partial<Query>) => void;
  /** *Resetare filtre*: back to the unfiltered first page. */
  reset: () => void;
}

/**
 * A list's filters, page and sort kept in the address bar. A change is applied on top of the address
 * as it is at the moment of the click, not on this render's copy: a filter typed while the previous
 * one (or *Resetare filtre*) is still rendering keeps what that one did instead of undoing it.
 */
export function useListQuery<Query extends object>(search: FilterSearchParams<Query>): ListQuery<Query> {
  const [searchParams, setSearchParams] = useSearchParams();
  const latest = () => search.fromSearch(new URLSearchParams(window.location.search));
  return {
    query: search.fromSearch(searchParams),
    show: (change) => setSearchParams(search.toSearch({ ...latest(), ...change })),
    reset: () => setSearchParams(new URLSearchParams()),
  };
}
