import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeRomanianText } from './romanian-text';

describe('normalizeRomanianText', () => {
  it('replaces cedilla ş Ş ţ Ţ by comma-below ș Ș ț Ț', () => {
    expect(normalizeRomanianText('\u015F\u015E\u0163\u0162')).toBe('\u0219\u0218\u021B\u021A');
    expect(normalizeRomanianText('Timişoara, Constanţa')).toBe('Timișoara, Constanța');
  });

  it('composes decomposed letters, including s + combining cedilla', () => {
    expect(normalizeRomanianText('s\u0327')).toBe('\u0219');
    expect(normalizeRomanianText('T\u0326')).toBe('\u021A');
    expect(normalizeRomanianText('a\u0306i\u0302a\u0302')).toBe('ăîâ');
  });

  it('trims and collapses whitespace, including tabs, newlines and no-break spaces', () => {
    expect(normalizeRomanianText('  Casa \t de\n\nAsigurări\u00A0 ')).toBe('Casa de Asigurări');
    expect(normalizeRomanianText('   ')).toBe('');
  });

  it('leaves correct text alone', () => {
    expect(normalizeRomanianText('Ștefan Țepeș')).toBe('Ștefan Țepeș');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeRomanianText(text);
        expect(normalizeRomanianText(once)).toBe(once);
      }),
    );
  });
});

describe('foldForSearch', () => {
  it('makes every spelling of Ștefan the same', () => {
    const spellings = ['Stefan', 'Ștefan', 'ŞTEFAN', 'ştefan', 'S\u0326tefan', ' ștefan  '];
    expect(new Set(spellings.map(foldForSearch))).toEqual(new Set(['stefan']));
  });

  it('removes every Romanian diacritic', () => {
    expect(foldForSearch('Ăă Ââ Îî Șș Ţţ')).toBe('aa aa ii ss tt');
    expect(foldForSearch('Bistrița-Năsăud')).toBe('bistrita-nasaud');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
  });

  it('is idempotent and contains no combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldForSearch(text);
        expect(foldForSearch(folded)).toBe(folded);
        expect(folded.normalize('NFD')).not.toMatch(/\p{M}/u);
      }),
    );
  });
});
