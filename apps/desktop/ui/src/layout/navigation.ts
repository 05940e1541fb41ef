import { useEffect, useState } from 'react';

export const PAGES = ['home', 'activation', 'certificate', 'reports'] as const;
export type Page = (typeof PAGES)[number];

function pageFromHash(): Page {
  const hash = window.location.hash.replace(/^#\/?/, '');
  return PAGES.find((page) => page === hash) ?? 'home';
}

/** The open page, kept in the address's #fragment so that a reload stays where the user was. */
export function usePage(): [Page, (page: Page) => void] {
  const [page, setPage] = useState<Page>(pageFromHash);
  useEffect(() => {
    const onChange = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [
    page,
    (next) => {
      window.location.hash = `/${next}`;
      setPage(next);
    },
  ];
}
