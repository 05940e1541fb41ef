import {
  CROCKFORD_ALPHABET,
  crockfordSymbol,
  crockfordSymbolValue,
  isKeySeparator,
} from './crockford-base32';
import { CHECK_SYMBOL_COUNT, computeCheckSymbols, hasValidCheckSymbols } from './reed-solomon-check';

// The activation key ("cheie de activare", shown as "serie de licență" on the desktop's activation
// screen): 4 groups of 5 Crockford base32 symbols, XXXXX-XXXXX-XXXXX-XXXXX. The first 18 symbols are
// random (90 bits), the last 2 are Reed–Solomon check symbols (see reed-solomon-check.ts), so a key
// copied by hand with one wrong or two swapped characters is refused before it reaches the server.

export const LICENSE_KEY_ALPHABET = CROCKFORD_ALPHABET;
export const LICENSE_KEY_GROUP_COUNT = 4;
export const LICENSE_KEY_GROUP_LENGTH = 5;
export const LICENSE_KEY_LENGTH = LICENSE_KEY_GROUP_COUNT * LICENSE_KEY_GROUP_LENGTH;
const RANDOM_SYMBOL_COUNT = LICENSE_KEY_LENGTH - CHECK_SYMBOL_COUNT;
const SYMBOL_MASK = 0b11111;
const GROUP_SEPARATOR = '-';

export type LicenseKeyProblem = 'EMPTY' | 'LENGTH' | 'CHARACTERS' | 'CHECKSUM';

export type LicenseKeyResult =
  | { ok: true; key: string }
  /** `position`, for CHARACTERS only: index in the input string of the first unacceptable character. */
  | { ok: false; reason: LicenseKeyProblem; position?: number };

/** Fills the array with random bytes; only tests pass anything but the platform's CSPRNG. */
export type RandomFill = (bytes: Uint8Array) => void;

const cryptoRandomFill: RandomFill = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
};

/** A new activation key, formatted `XXXXX-XXXXX-XXXXX-XXXXX`. */
export function generateLicenseKey(randomFill: RandomFill = cryptoRandomFill): string {
  const bytes = new Uint8Array(RANDOM_SYMBOL_COUNT);
  randomFill(bytes);
  // 256 is a multiple of 32, so the low 5 bits of a uniform byte are a uniform symbol: no modulo bias.
  const data = Array.from(bytes, (byte) => byte & SYMBOL_MASK);
  return formatSymbols([...data, ...computeCheckSymbols(data)]);
}

/**
 * Reads a key as a person typed or pasted it: case, spaces and dashes (missing, extra or misplaced)
 * do not matter, I/L are read as 1 and O as 0. Returns the canonical formatted key or why not.
 */
export function normalizeLicenseKey(input: string): LicenseKeyResult {
  const symbols: number[] = [];
  let position = 0;
  for (const character of input) {
    if (!isKeySeparator(character)) {
      const value = crockfordSymbolValue(character);
      if (value === undefined) return { ok: false, reason: 'CHARACTERS', position };
      symbols.push(value);
    }
    position += character.length;
  }
  if (symbols.length === 0) return { ok: false, reason: 'EMPTY' };
  if (symbols.length !== LICENSE_KEY_LENGTH) return { ok: false, reason: 'LENGTH' };
  if (!hasValidCheckSymbols(symbols)) return { ok: false, reason: 'CHECKSUM' };
  return { ok: true, key: formatSymbols(symbols) };
}

export function isValidLicenseKey(input: string): boolean {
  return normalizeLicenseKey(input).ok;
}

function formatSymbols(symbols: readonly number[]): string {
  const text = symbols.map(crockfordSymbol).join('');
  const groups: string[] = [];
  for (let start = 0; start < text.length; start += LICENSE_KEY_GROUP_LENGTH) {
    groups.push(text.slice(start, start + LICENSE_KEY_GROUP_LENGTH));
  }
  return groups.join(GROUP_SEPARATOR);
}
