import { describe, expect, it } from 'vitest';
import {
  GF32_PRIMITIVE_ELEMENT,
  GF32_SIZE,
  gf32Add,
  gf32EvaluatePolynomial,
  gf32Multiply,
  gf32Power,
} from './gf32';

const elements = Array.from({ length: GF32_SIZE }, (_, value) => value);
const nonZero = elements.slice(1);

describe('GF(32)', () => {
  it('reduces by x^5 + x^2 + 1', () => {
    expect(gf32Power(GF32_PRIMITIVE_ELEMENT, 5)).toBe(0b00101);
    expect(gf32Multiply(0b10000, 0b00010)).toBe(0b00101);
    expect(gf32Multiply(0b11111, 0b11111)).toBe(0b10010); // squaring is linear: x⁸+x⁶+x⁴+x²+1 = x⁴+x
    expect(gf32Multiply(0b00110, 0b00011)).toBe(0b01010); // (x²+x)(x+1) = x³+x
  });

  it('has x as a primitive element: its powers run through all 31 non-zero elements', () => {
    const powers = new Set(
      Array.from({ length: 31 }, (_, exponent) => gf32Power(GF32_PRIMITIVE_ELEMENT, exponent)),
    );
    expect(powers.size).toBe(31);
    expect(powers.has(0)).toBe(false);
    expect(gf32Power(GF32_PRIMITIVE_ELEMENT, 31)).toBe(1);
  });

  it('is a field: commutative, associative, distributive, with inverses (exhaustively)', () => {
    for (const a of elements) {
      expect(gf32Multiply(a, 1)).toBe(a);
      expect(gf32Multiply(a, 0)).toBe(0);
      expect(gf32Add(a, a)).toBe(0);
      for (const b of elements) {
        expect(gf32Multiply(a, b)).toBe(gf32Multiply(b, a));
        for (const c of elements) {
          expect(gf32Multiply(gf32Multiply(a, b), c)).toBe(gf32Multiply(a, gf32Multiply(b, c)));
          expect(gf32Multiply(a, gf32Add(b, c))).toBe(gf32Add(gf32Multiply(a, b), gf32Multiply(a, c)));
        }
      }
    }
    for (const a of nonZero) {
      expect(nonZero.filter((b) => gf32Multiply(a, b) === 1)).toHaveLength(1);
    }
  });

  it('evaluates polynomials highest degree first', () => {
    // x² + 1 at x = α: α² + 1 = 0b00101
    expect(gf32EvaluatePolynomial([1, 0, 1], GF32_PRIMITIVE_ELEMENT)).toBe(0b00101);
    expect(gf32EvaluatePolynomial([], 7)).toBe(0);
    expect(gf32EvaluatePolynomial([9], 7)).toBe(9);
  });
});
