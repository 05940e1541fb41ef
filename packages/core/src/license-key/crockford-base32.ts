// Crockford's base32: digits and upper-case letters without I, L, O (they look like 1 and 0) and U
// (so that random keys cannot spell the usual obscenities). Typed I/L and O are read as 1 and 0.

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const ALIASES: Readonly<Record<string, number>> = { I: 1, L: 1, O: 0 };

// Explicit table of what a person may type, instead of `toUpperCase()`: Unicode case mapping turns
// 'ı' into 'I' and 'ſ' into 'S', and would let look-alike letters slip into a key.
const SYMBOL_VALUES: ReadonlyMap<string, number> = (() => {
  const values = new Map<string, number>();
  const accept = (upper: string, value: number) => {
    values.set(upper, value);
    values.set(upper.toLowerCase(), value);
  };
  for (let value = 0; value < CROCKFORD_ALPHABET.length; value++) accept(crockfordSymbol(value), value);
  for (const [letter, value] of Object.entries(ALIASES)) accept(letter, value);
  return values;
})();

/** The symbol's value 0–31, or undefined when the character is not a (possibly aliased) symbol. */
export function crockfordSymbolValue(character: string): number | undefined {
  return SYMBOL_VALUES.get(character);
}

export function crockfordSymbol(value: number): string {
  const symbol = CROCKFORD_ALPHABET[value];
  if (symbol === undefined) throw new RangeError(`Not a base32 value: ${value}`);
  return symbol;
}

/** The canonical spelling of a typed character: upper case, aliases resolved; others unchanged. */
export function canonicalCrockfordCharacter(character: string): string {
  const value = crockfordSymbolValue(character);
  return value === undefined ? character : crockfordSymbol(value);
}

// Whitespace and the dashes a PDF viewer or word processor may substitute for '-' when the key is
// copied from the printed agreement (hyphen, non-breaking hyphen, figure dash, en and em dash, minus).
const SEPARATOR = /^[\s\u200B-\u200D\u2060\-\u2010-\u2015\u2212]$/;

export function isKeySeparator(character: string): boolean {
  return SEPARATOR.test(character);
}
