import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateLicenseKey,
  isValidLicenseKey,
  LICENSE_KEY_ALPHABET,
  LICENSE_KEY_LENGTH,
  normalizeLicenseKey,
} from './license-key';

const VALID_KEY = '01234-56789-ABCDE-FGH8B';

/** A key generated from the given 18 random bytes, so fast-check can shrink failures. */
const licenseKeys = fc
  .uint8Array({ minLength: 18, maxLength: 18 })
  .map((bytes) => generateLicenseKey((target) => target.set(bytes)));

const compact = (key: string) => key.replaceAll('-', '');

describe('generateLicenseKey', () => {
  it('formats 4 groups of 5 Crockford symbols', () => {
    expect(generateLicenseKey()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
  });

  it('uses the low 5 bits of each random byte, then appends the check symbols', () => {
    expect(generateLicenseKey((bytes) => bytes.fill(0))).toBe('00000-00000-00000-00000');
    expect(generateLicenseKey((bytes) => bytes.fill(0xff))).toBe('ZZZZZ-ZZZZZ-ZZZZZ-ZZZRM');
    expect(
      generateLicenseKey((bytes) =>
        bytes.set([0x20, 0x41, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
      ),
    ).toBe(VALID_KEY);
  });

  it('draws 18 bytes from the platform CSPRNG', () => {
    let requested = 0;
    generateLicenseKey((bytes) => {
      requested = bytes.length;
    });
    expect(requested).toBe(18);
  });

  it('gives 10,000 distinct keys that use every symbol', () => {
    const keys = Array.from({ length: 10_000 }, () => generateLicenseKey());
    expect(new Set(keys).size).toBe(keys.length);
    const symbolsSeen = new Set(keys.flatMap((key) => [...compact(key).slice(0, 18)]));
    expect(symbolsSeen.size).toBe(32);
  });

  it('always produces keys that validate to themselves', () => {
    fc.assert(
      fc.property(licenseKeys, (key) => {
        expect(normalizeLicenseKey(key)).toEqual({ ok: true, key });
      }),
    );
  });
});

describe('normalizeLicenseKey', () => {
  it.each([
    ['01234-56789-ABCDE-FGH8B'],
    ['0123456789ABCDEFGH8B'],
    ['  01234 56789 abcde fgh8b  '],
    ['o1234-567-89ABCDEFGH-8B'],
    ['0i234-56789-abcde-fgh8b'],
    ['0L234—56789–ABCDE‑FGH8B'],
    ['--01234--56789--ABCDE--FGH8B--'],
  ])('reads %j as the canonical key', (input) => {
    expect(normalizeLicenseKey(input)).toEqual({ ok: true, key: VALID_KEY });
  });

  it.each([[''], ['   '], [' - - ']])('calls %j empty', (input) => {
    expect(normalizeLicenseKey(input)).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it.each([
    ['01234-56789-ABCDE-FGH8', 'one short'],
    ['01234-56789-ABCDE-FGH8BB', 'one too many'],
    ['01234', 'one group'],
  ])('rejects %j (%s) for its length', (input) => {
    expect(normalizeLicenseKey(input)).toEqual({ ok: false, reason: 'LENGTH' });
  });

  it.each([
    ['01234-56789-ABCDE-FGU8B', 20],
    ['U', 0],
    [' 0123#', 5],
    ['01234-5678Ș-ABCDE-FGH8B', 10],
    ['AB CD😀', 5],
  ])('rejects %j for the character at index %i of the input', (input, position) => {
    expect(normalizeLicenseKey(input)).toEqual({ ok: false, reason: 'CHARACTERS', position });
  });

  it('rejects a well-formed key whose check symbols do not match', () => {
    expect(normalizeLicenseKey('01234-56789-ABCDE-FGH8C')).toEqual({ ok: false, reason: 'CHECKSUM' });
    expect(normalizeLicenseKey('10234-56789-ABCDE-FGH8B')).toEqual({ ok: false, reason: 'CHECKSUM' });
    expect(isValidLicenseKey('01234-56789-ABCDE-FGH8C')).toBe(false);
    expect(isValidLicenseKey(VALID_KEY)).toBe(true);
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(licenseKeys, (key) => {
        const symbols = [...compact(key)];
        symbols.forEach((original, position) => {
          for (const replacement of LICENSE_KEY_ALPHABET) {
            if (replacement === original) continue;
            const altered = symbols.with(position, replacement).join('');
            expect(normalizeLicenseKey(altered)).toEqual({ ok: false, reason: 'CHECKSUM' });
          }
        });
      }),
      { numRuns: 50 },
    );
  });

  it('detects every adjacent transposition of distinct symbols', () => {
    fc.assert(
      fc.property(licenseKeys, (key) => {
        const symbols = [...compact(key)];
        for (let position = 0; position + 1 < LICENSE_KEY_LENGTH; position++) {
          const [left, right] = [symbols[position], symbols[position + 1]];
          if (left === undefined || right === undefined || left === right) continue;
          const swapped = symbols
            .with(position, right)
            .with(position + 1, left)
            .join('');
          expect(normalizeLicenseKey(swapped)).toEqual({ ok: false, reason: 'CHECKSUM' });
        }
      }),
    );
  });

  it('detects any error confined to two symbols', () => {
    const positions = fc.uniqueArray(fc.integer({ min: 0, max: LICENSE_KEY_LENGTH - 1 }), {
      minLength: 2,
      maxLength: 2,
    });
    const errors = fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }));
    fc.assert(
      fc.property(
        licenseKeys,
        positions,
        errors,
        (key, [first = 0, second = 1], [firstError, secondError]) => {
          const symbols = [...compact(key)].map((symbol) => LICENSE_KEY_ALPHABET.indexOf(symbol));
          const corrupt = (position: number, error: number) => {
            symbols[position] = (symbols[position] ?? 0) ^ error;
          };
          corrupt(first, firstError);
          corrupt(second, secondError);
          const altered = symbols.map((value) => LICENSE_KEY_ALPHABET.charAt(value)).join('');
          expect(normalizeLicenseKey(altered)).toEqual({ ok: false, reason: 'CHECKSUM' });
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('accepts any spelling of a valid key: case, spaces, dashes, I/L/O aliases', () => {
    const spellings: Record<string, readonly string[]> = {
      '0': ['0', 'O', 'o'],
      '1': ['1', 'I', 'i', 'L', 'l'],
    };
    const spell = (symbol: string, choice: number) => {
      const options = spellings[symbol] ?? [symbol, symbol.toLowerCase()];
      return options[choice % options.length] ?? symbol;
    };
    const separators = fc.array(fc.constantFrom('', '', ' ', '-', '  ', ' - ', '\t'), {
      minLength: LICENSE_KEY_LENGTH + 1,
      maxLength: LICENSE_KEY_LENGTH + 1,
    });
    const choices = fc.array(fc.nat(5), { minLength: LICENSE_KEY_LENGTH, maxLength: LICENSE_KEY_LENGTH });
    fc.assert(
      fc.property(licenseKeys, separators, choices, (key, gaps, picks) => {
        const typed = [...compact(key)]
          .map((symbol, index) => (gaps[index] ?? '') + spell(symbol, picks[index] ?? 0))
          .join('')
          .concat(gaps[LICENSE_KEY_LENGTH] ?? '');
        expect(normalizeLicenseKey(typed)).toEqual({ ok: true, key });
      }),
    );
  });
});
