import { useSearchParams } from 'react-router';

/**
 * The open tab of a tab page, kept in the address (`?tab=…`) so a link or a reload opens the same
 * tab. The default tab leaves the address bare; switching tabs replaces the history entry, so Back
 * leaves the page instead of walking through its tabs.
 */
export function useTabParam<Tab extends string>(
  tabs: readonly Tab[],
  defaultTab: Tab,
): [Tab, (tab: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get('tab');
  const tab = tabs.find((known) => known === value) ?? defaultTab;
  const setTab = (next: string) =>
    setSearchParams(next === defaultTab ? {} : { tab: next }, { replace: true });
  return [tab, setTab];
}
