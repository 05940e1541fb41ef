import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSerialForDisplay,
  normalizeCertificateSerial,
  serialFromBigInt,
  serialToBigInt,
} from './certificate-serial';

const TWENTY_OCTETS = 'FF'.repeat(20);

describe('normalizeCertificateSerial', () => {
  it.each([
    ['00:a3:0f', 'A30F'],
    ['00 a3 0f', 'A30F'],
    ['0x00A30F', 'A30F'],
    ['0XA30F', 'A30F'],
    ['a3-0f', 'A30F'],
    ['  A3 : 0F \n', 'A30F'],
    ['0A3', 'A3'],
    ['a3', 'A3'],
    ['3', '03'],
    ['0', '00'],
    ['00:00', '00'],
    ['0x0', '00'],
    ['1:23', '0123'],
    ['4f\u00A0a3\t0c', '4FA30C'],
    [`00${TWENTY_OCTETS}`, TWENTY_OCTETS],
  ])('reads %j as %s', (input, serial) => {
    expect(normalizeCertificateSerial(input)).toEqual({ ok: true, serial });
  });

  it.each([[''], ['   '], [':: --'], ['0x'], [' 0x : ']])('calls %j empty', (input) => {
    expect(normalizeCertificateSerial(input)).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it.each([['A3:0G'], ['a3.0f'], ['-0x a3'], ['0x0xA3'], ['١٢'], ['A3_0F'], ['+A3']])(
    'rejects %j as not hexadecimal',
    (input) => {
      expect(normalizeCertificateSerial(input)).toEqual({ ok: false, reason: 'NOT_HEX' });
    },
  );

  it('accepts 20 octets and refuses 21 (RFC 5280)', () => {
    expect(normalizeCertificateSerial(TWENTY_OCTETS)).toEqual({ ok: true, serial: TWENTY_OCTETS });
    expect(normalizeCertificateSerial(`1${TWENTY_OCTETS}`)).toEqual({ ok: false, reason: 'TOO_LONG' });
    expect(normalizeCertificateSerial(`01${TWENTY_OCTETS}`)).toEqual({ ok: false, reason: 'TOO_LONG' });
  });

  it('gives the same serial for every spelling of the same integer', () => {
    const serials = fc.bigInt({ min: 0n, max: (1n << 160n) - 1n });
    const spellings = fc.record({
      prefix: fc.constantFrom('', '0x', '0X'),
      leadingZeros: fc.nat(4),
      separator: fc.constantFrom('', ':', ' ', '-'),
      lowerCase: fc.boolean(),
    });
    fc.assert(
      fc.property(serials, spellings, (value, { prefix, leadingZeros, separator, lowerCase }) => {
        const hex = '0'.repeat(leadingZeros) + value.toString(16);
        const digits = lowerCase ? hex.toLowerCase() : hex.toUpperCase();
        const typed = prefix + (digits.match(/.{1,2}/g) ?? []).join(separator);
        const result = normalizeCertificateSerial(typed);
        expect(result).toEqual({ ok: true, serial: serialFromBigInt(value) });
        expect(serialToBigInt(typed)).toBe(value);
      }),
    );
  });
});

describe('formatSerialForDisplay', () => {
  it('separates octets with colons', () => {
    expect(formatSerialForDisplay('A30F')).toBe('A3:0F');
    expect(formatSerialForDisplay('00')).toBe('00');
    expect(formatSerialForDisplay('0123456789ABCDEF')).toBe('01:23:45:67:89:AB:CD:EF');
  });

  it('round-trips through normalizeCertificateSerial', () => {
    expect(normalizeCertificateSerial(formatSerialForDisplay('4FA30C'))).toEqual({
      ok: true,
      serial: '4FA30C',
    });
  });
});

describe('serialFromBigInt', () => {
  it('writes even-length upper-case hex', () => {
    expect(serialFromBigInt(0n)).toBe('00');
    expect(serialFromBigInt(0xa3n)).toBe('A3');
    expect(serialFromBigInt(0xa30fn)).toBe('A30F');
    expect(serialFromBigInt(0x123n)).toBe('0123');
    expect(serialFromBigInt((1n << 160n) - 1n)).toBe(TWENTY_OCTETS);
  });

  it('refuses negative and over-long values', () => {
    expect(() => serialFromBigInt(-1n)).toThrow(RangeError);
    expect(() => serialFromBigInt(1n << 160n)).toThrow(RangeError);
  });
});

describe('serialToBigInt', () => {
  it('reads any accepted spelling and refuses the rest', () => {
    expect(serialToBigInt('00:a3:0f')).toBe(0xa30fn);
    expect(() => serialToBigInt('xyz')).toThrow(RangeError);
  });
});
