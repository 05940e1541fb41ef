import { describe, expect, it } from 'vitest';
import { en } from '../ui/src/i18n/en';
import { ro } from '../ui/src/i18n/ro';

// The window shows one language at a time: a key missing from one catalogue would show i18next's
// fallback (the other language, or the key itself). The type of en.ts follows ro.ts, but a cast or
// an `as` slips past it, and the {{placeholders}} are plain strings to the compiler.

type Catalogue = { readonly [key: string]: string | Catalogue };

/** Every leaf as "path.to.key" → text. */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the desktop window’s RO and EN catalogues', () => {
  const romanian = leaves(ro);
  const english = leaves(en);

  it('have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...romanian.keys()].sort());
    expect(romanian.size).toBeGreaterThan(100);
  });

  it('have no empty text and the same {{placeholders}} under each key', () => {
    for (const [key, text] of romanian) {
      const other = english.get(key) ?? '';
      expect(text.trim(), `ro ${key}`).not.toBe('');
      expect(other.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });
});
