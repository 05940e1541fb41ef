import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET } from './crockford-base32';
import { computeCheckSymbols, hasValidCheckSymbols } from './reed-solomon-check';

const values = (text: string) => [...text].map((symbol) => CROCKFORD_ALPHABET.indexOf(symbol));

describe('Reed–Solomon check symbols', () => {
  // Expected values computed independently: brute force over all 1,024 candidate pairs for the one
  // that makes c(α) = c(α²) = 0, with a table-free carry-less multiplication.
  it.each([
    ['000000000000000000', '00'],
    ['000000000000000001', '68'],
    ['100000000000000000', '78'],
    ['0123456789ABCDEFGH', '8B'],
    ['ZZZZZZZZZZZZZZZZZZ', 'RM'],
    ['JKMNPQRSTVWXYZ0123', '49'],
  ])('data %s gets check symbols %s', (data, check) => {
    expect(computeCheckSymbols(values(data))).toEqual(values(check));
    expect(hasValidCheckSymbols(values(data + check))).toBe(true);
  });

  it('makes every data word a codeword', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 29 }), (data) => {
        expect(hasValidCheckSymbols([...data, ...computeCheckSymbols(data)])).toBe(true);
      }),
    );
  });

  it('has exactly one valid check pair per data word', () => {
    const data = values('0123456789ABCDEFGH');
    let validPairs = 0;
    for (let first = 0; first < 32; first++) {
      for (let second = 0; second < 32; second++) {
        if (hasValidCheckSymbols([...data, first, second])) validPairs++;
      }
    }
    expect(validPairs).toBe(1);
  });
});
