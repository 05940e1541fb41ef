import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  canonicalCrockfordCharacter,
  crockfordSymbol,
  crockfordSymbolValue,
  isKeySeparator,
} from './crockford-base32';

describe('Crockford base32', () => {
  it('has 32 distinct symbols without I, L, O, U', () => {
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('reads symbols in either case and the I/L/O aliases', () => {
    expect(crockfordSymbolValue('0')).toBe(0);
    expect(crockfordSymbolValue('z')).toBe(31);
    expect(crockfordSymbolValue('Z')).toBe(31);
    for (const alias of ['I', 'i', 'L', 'l']) expect(crockfordSymbolValue(alias)).toBe(1);
    for (const alias of ['O', 'o']) expect(crockfordSymbolValue(alias)).toBe(0);
  });

  it('refuses U and everything outside ASCII, even letters that upper-case to ASCII', () => {
    for (const character of ['U', 'u', 'ı', 'ſ', 'Ș', '@', '１', '']) {
      expect(crockfordSymbolValue(character)).toBeUndefined();
    }
  });

  it('spells values and canonicalises typed characters', () => {
    expect(crockfordSymbol(10)).toBe('A');
    expect(() => crockfordSymbol(32)).toThrow(RangeError);
    expect(canonicalCrockfordCharacter('l')).toBe('1');
    expect(canonicalCrockfordCharacter('o')).toBe('0');
    expect(canonicalCrockfordCharacter('u')).toBe('u');
  });

  it('treats whitespace and typographic dashes as separators', () => {
    for (const separator of [' ', '\t', '\u00A0', '-', '\u2011', '\u2013', '\u2014', '\u2212', '\u200B']) {
      expect(isKeySeparator(separator)).toBe(true);
    }
    for (const other of ['_', '.', '/', 'A']) expect(isKeySeparator(other)).toBe(false);
  });
});
