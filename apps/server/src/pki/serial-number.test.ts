import { describe, expect, it } from 'vitest';
import { canonicalSerialFromInteger, serialToIntegerContent } from './serial-number';

describe('serial numbers', () => {
  it.each([
    [[0x00, 0xa3, 0x0f], 'A30F'],
    [[0x00], '00'],
    [[0x00, 0x00], '00'],
    [[], '00'],
    [[0x01], '01'],
    [[0x00, 0x00, 0x7f, 0x00], '7F00'],
    [[0xff, 0x01], 'FF01'],
    [[0x00, ...new Array<number>(21).fill(0xab)], 'AB'.repeat(21)],
  ])('canonicalises INTEGER content %j as %s', (content, text) => {
    expect(canonicalSerialFromInteger(Uint8Array.from(content))).toBe(text);
  });

  it('adds the sign octet back for DER', () => {
    expect([...serialToIntegerContent('A30F')]).toEqual([0x00, 0xa3, 0x0f]);
    expect([...serialToIntegerContent('7F')]).toEqual([0x7f]);
    expect([...serialToIntegerContent('00')]).toEqual([0x00]);
    expect([...serialToIntegerContent('0100')]).toEqual([0x01, 0x00]);
  });
});
