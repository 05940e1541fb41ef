import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFiscalCodeCheckDigit, makeValidFiscalCode, parseFiscalCode } from './fiscal-code';

describe('parseFiscalCode', () => {
  // Published CUIs: the example of our docs, Dedeman, eMAG (Dante International), the Ministry of
  // Public Finance, OMV Petrom, Banca Comercială Română.
  it.each(['18547290', '2816464', '14399840', '4221187', '1590082', '361757'])('accepts %s', (cui) => {
    expect(parseFiscalCode(cui)).toEqual({ ok: true, fiscalCode: cui });
  });

  it.each([
    ['RO18547290'],
    ['ro18547290'],
    ['Ro 18547290'],
    ['  RO 1854 7290  '],
    ['18 547 290'],
    ['\tRO\u00A018547290\n'],
  ])('reads %j as 18547290', (input) => {
    expect(parseFiscalCode(input)).toEqual({ ok: true, fiscalCode: '18547290' });
  });

  it.each([['18547291'], ['18547299'], ['RO2816465'], ['14399841']])(
    'rejects %s for its check digit',
    (input) => {
      expect(parseFiscalCode(input)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    },
  );

  it.each([
    [''],
    ['RO'],
    ['1'],
    ['12345678901'],
    ['018547290'],
    ['RO-18547290'],
    ['R018547290'],
    ['18547290RO'],
    ['1854729O'],
    ['DE18547290'],
    ['١٨٥٤٧٢٩٠'],
  ])('rejects %j for its format', (input) => {
    expect(parseFiscalCode(input)).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('accepts the shortest and longest forms', () => {
    expect(parseFiscalCode(makeValidFiscalCode('1'))).toEqual({
      ok: true,
      fiscalCode: makeValidFiscalCode('1'),
    });
    expect(parseFiscalCode(makeValidFiscalCode('999999999')).ok).toBe(true);
  });

  // Σ×10 mod 11 can take 11 values but a digit only 10, so remainders 0 and 10 share the check digit 0:
  // a change of one body digit that moves the remainder between them goes unnoticed. Every other
  // single-digit change is caught, because every key digit is non-zero modulo 11.
  it('detects a single-digit change unless it swaps remainders 0 and 10 (check digit 0)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,8}$/), (body) => {
        const cui = makeValidFiscalCode(body);
        for (const altered of singleDigitChanges(cui)) {
          const result = parseFiscalCode(altered);
          if (result.ok) {
            expect([remainder(cui.slice(0, -1)), remainder(altered.slice(0, -1))].sort()).toEqual([0, 10]);
          } else {
            expect(result.reason).toBe('CHECK_DIGIT');
          }
        }
      }),
    );
  });

  it('lets 18547290 → 18547990 through: both are valid CUIs', () => {
    expect(parseFiscalCode('18547990').ok).toBe(true);
  });
});

describe('computeFiscalCodeCheckDigit', () => {
  it('maps a remainder of 10 to 0', () => {
    // 1854729 → Σ = 111, 1110 mod 11 = 10
    expect(computeFiscalCodeCheckDigit('1854729')).toBe('0');
  });

  it('refuses bodies that are not 1 to 9 digits', () => {
    for (const body of ['', '1234567890', '12a']) {
      expect(() => computeFiscalCodeCheckDigit(body)).toThrow(RangeError);
    }
  });
});

describe('makeValidFiscalCode', () => {
  it('appends the check digit', () => {
    expect(makeValidFiscalCode('1854729')).toBe('18547290');
    expect(makeValidFiscalCode('281646')).toBe('2816464');
  });
});

/** Σ bodyDigit × keyDigit × 10 mod 11, before 10 is folded to 0; computed independently of the code. */
function remainder(body: string): number {
  const key = [7, 5, 3, 2, 1, 7, 5, 3, 2].slice(9 - body.length);
  return ([...body].reduce((sum, digit, i) => sum + Number(digit) * (key[i] ?? 0), 0) * 10) % 11;
}

function singleDigitChanges(code: string): string[] {
  const changes: string[] = [];
  [...code].forEach((original, position) => {
    for (const digit of '0123456789') {
      if (digit === original || (position === 0 && digit === '0')) continue;
      changes.push(code.slice(0, position) + digit + code.slice(position + 1));
    }
  });
  return changes;
}
