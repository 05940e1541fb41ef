import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCnpCheckDigit, parseCnp } from './cnp';
import { CNP_COUNTY_CODES } from './cnp-county-codes';
import { makeValidCnp } from './cnp-test-data';

const TODAY = new Date(2025, 5, 1); // 1 June 2025, local time

describe('parseCnp', () => {
  // Check digits computed independently of this code.
  it.each([
    ['1630615123457', '1963-06-15', 'M', '12'], // the example of our API docs (and of python-stdnum)
    ['5240510701231', '2024-05-10', 'M', '70'], // county 70: generated since May 2024; remainder 10 → 1
    ['4991231400012', '1899-12-31', 'F', '40'],
    ['6000229510012', '2000-02-29', 'F', '51'],
    ['7850315123456', '1985-03-15', 'M', '12'], // resident: 2085 would be in the future
    ['8001230812349', '2000-12-30', 'F', '81'], // resident registered at a consulate
    ['9250601400011', '2025-06-01', null, '40'], // foreign person born today
  ])('reads %s', (cnp, birthDate, sex, countyCode) => {
    expect(parseCnp(cnp, TODAY)).toEqual({ ok: true, cnp, birthDate, sex, countyCode });
  });

  it('takes the earlier century for S = 7/8/9 when the later one is in the future', () => {
    const dayBefore = new Date(2025, 4, 31);
    expect(parseCnp('9250601400011', dayBefore)).toMatchObject({ ok: true, birthDate: '1925-06-01' });
  });

  it('ignores surrounding and inner whitespace', () => {
    expect(parseCnp(' 1 630615 12 3457\n', TODAY)).toMatchObject({ ok: true, cnp: '1630615123457' });
  });

  it.each([
    [''],
    ['163061512345'],
    ['16306151234570'],
    ['0630615123457'],
    ['163061512345a'],
    ['1630615-123457'],
  ])('rejects %j for its format', (input) => {
    expect(parseCnp(input, TODAY)).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it.each([['1630615123458'], ['1630615123450']])('rejects %s for its check digit', (input) => {
    expect(parseCnp(input, TODAY)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it.each([
    ['2000229400072', '29 February 1900 (not a leap year)'],
    ['1861234810011', 'day 34'],
    [makeValidCnp({ birthDate: '1963-13-01' }), 'month 13'],
    [makeValidCnp({ birthDate: '1963-00-10' }), 'month 00'],
    [makeValidCnp({ birthDate: '1963-04-31' }), '31 April'],
    [makeValidCnp({ birthDate: '1963-04-00' }), 'day 00'],
    [makeValidCnp({ birthDate: '2025-06-02' }), 'tomorrow'],
    [makeValidCnp({ birthDate: '2099-01-01' }), 'a later year'],
  ])('rejects %s for its birth date: %s', (input) => {
    expect(parseCnp(input, TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
  });

  it.each(['00', '49', '50', '53', '69', '71', '79', '84', '99'])('rejects county %s', (countyCode) => {
    expect(parseCnp(makeValidCnp({ countyCode }), TODAY)).toEqual({ ok: false, reason: 'COUNTY' });
  });

  it.each(['01', '39', '40', '46', '47', '48', '51', '52', '70', '80', '83'])(
    'accepts county %s',
    (countyCode) => {
      expect(parseCnp(makeValidCnp({ countyCode }), TODAY)).toMatchObject({ ok: true, countyCode });
    },
  );

  it('defaults today to the current date', () => {
    expect(parseCnp(makeValidCnp({ birthDate: '2099-12-31' })).ok).toBe(false);
    expect(parseCnp('1630615123457').ok).toBe(true);
  });
});

describe('computeCnpCheckDigit', () => {
  it('maps a remainder of 10 to 1', () => {
    expect(computeCnpCheckDigit('524051070123')).toBe('1');
    expect(computeCnpCheckDigit('163061512345')).toBe('7');
  });

  it('refuses anything but 12 digits', () => {
    expect(() => computeCnpCheckDigit('16306151234')).toThrow(RangeError);
  });
});

describe('CNP properties', () => {
  const people = fc.record({
    birthDate: fc
      .date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2025, 5, 1)), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
    sex: fc.constantFrom('M' as const, 'F' as const),
    countyCode: fc.constantFrom(...CNP_COUNTY_CODES),
    sequence: fc.integer({ min: 1, max: 999 }),
  });

  it('reads back what makeValidCnp wrote', () => {
    fc.assert(
      fc.property(people, ({ birthDate, sex, countyCode, sequence }) => {
        const cnp = makeValidCnp({ birthDate, sex, countyCode, sequence });
        expect(parseCnp(cnp, TODAY)).toEqual({ ok: true, cnp, birthDate, sex, countyCode });
      }),
    );
  });

  // Every weight of 279146358279 is non-zero modulo the prime 11, so changing one digit always changes
  // the remainder Σ mod 11. But remainders 1 and 10 share the check digit 1, so a change that moves
  // the remainder from one to the other keeps the check digit right — mod 11 cannot see it.
  it('rejects a single-digit change unless it swaps remainders 1 and 10 (check digit 1)', () => {
    fc.assert(
      fc.property(people, (person) => {
        const cnp = makeValidCnp(person);
        for (const altered of singleDigitChanges(cnp)) {
          const result = parseCnp(altered, TODAY);
          if (result.ok) {
            expect([remainder(cnp), remainder(altered)].sort((a, b) => a - b)).toEqual([1, 10]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('really does miss those changes: 5240510701231 → 5240510702231 are both valid', () => {
    expect(parseCnp('5240510702231', TODAY)).toMatchObject({ ok: true });
  });
});

describe('makeValidCnp', () => {
  it('encodes sex, century and category in the first digit', () => {
    expect(makeValidCnp()).toBe('1800101400016');
    expect(makeValidCnp({ sex: 'F', birthDate: '1850-01-01' })[0]).toBe('4');
    expect(makeValidCnp({ sex: 'M', birthDate: '2005-01-01' })[0]).toBe('5');
    expect(makeValidCnp({ category: 'resident', sex: 'F' })[0]).toBe('8');
    expect(makeValidCnp({ category: 'foreign' })[0]).toBe('9');
  });

  it('refuses fields that cannot be encoded', () => {
    expect(() => makeValidCnp({ birthDate: '1799-12-31' })).toThrow(RangeError);
    expect(() => makeValidCnp({ birthDate: '1.1.1980' })).toThrow(RangeError);
    expect(() => makeValidCnp({ sequence: 1000 })).toThrow(RangeError);
    expect(() => makeValidCnp({ countyCode: '7' })).toThrow(RangeError);
  });
});

/** Σ digit × weight mod 11 of the first 12 digits, before 10 is folded to 1; independent of the code. */
function remainder(cnp: string): number {
  const weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
  return weights.reduce((sum, weight, i) => sum + weight * Number(cnp[i]), 0) % 11;
}

function singleDigitChanges(code: string): string[] {
  const changes: string[] = [];
  [...code].forEach((original, position) => {
    for (const digit of '0123456789') {
      if (digit !== original) changes.push(code.slice(0, position) + digit + code.slice(position + 1));
    }
  });
  return changes;
}
