import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ro } from './ro';

// The type (`en: Translation`) catches a key missing in English, but not one English has that
// Romanian lacks (the section files are not fresh literals), nor an empty text or a placeholder
// the other language forgot; each of those shows the user a key, a blank or a raw {{name}}.

function flatten(catalogue: object, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object')
      for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
    else entries.set(path, value);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

const roEntries = flatten(ro);
const enEntries = flatten(en);

describe('the RO and EN catalogues of the console', () => {
  it('have exactly the same keys', () => {
    const onlyRo = [...roEntries.keys()].filter((key) => !enEntries.has(key));
    const onlyEn = [...enEntries.keys()].filter((key) => !roEntries.has(key));
    expect({ onlyRo, onlyEn }).toEqual({ onlyRo: [], onlyEn: [] });
    expect(roEntries.size).toBeGreaterThan(300);
  });

  it('hold a non-empty text for every key, with the same {{placeholders}} in both languages', () => {
    const problems: string[] = [];
    for (const [key, roText] of roEntries) {
      const enText = enEntries.get(key);
      if (typeof roText !== 'string' || roText.trim() === '') problems.push(`ro ${key}: empty`);
      if (typeof enText !== 'string' || enText.trim() === '') problems.push(`en ${key}: empty`);
      if (typeof roText === 'string' && typeof enText === 'string') {
        const [inRo, inEn] = [placeholders(roText), placeholders(enText)];
        if (inRo.join() !== inEn.join()) problems.push(`${key}: ro {{${inRo}}} / en {{${inEn}}}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
