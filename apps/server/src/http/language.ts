import type { Language } from '@siui/core';

/** Romanian unless the client prefers English (`Accept-Language: en…` before any `ro`). */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'ro';
  const preferred = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number.parseFloat(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag.startsWith('ro') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q)[0];
  return preferred?.tag.startsWith('en') ? 'en' : 'ro';
}
