// Arithmetic in GF(32) = GF(2)[x] / (x^5 + x^2 + 1), the field the license-key check symbols live in.
// An element is a 5-bit number whose bits are the coefficients of a polynomial of degree < 5, so one
// field element is exactly one Crockford base32 symbol. x^5 + x^2 + 1 is primitive: x (the number 2)
// generates all 31 non-zero elements, which is what makes the Reed–Solomon construction work.

export const GF32_SIZE = 32;
export const GF32_PRIMITIVE_ELEMENT = 2;
const REDUCTION_POLYNOMIAL = 0b100101;
const OVERFLOW_BIT = 0b100000;

/** Addition and subtraction are the same in characteristic 2: coefficient-wise XOR. */
export function gf32Add(a: number, b: number): number {
  return a ^ b;
}

/** Shift-and-add multiplication; no tables, so nothing to index and nothing to get wrong at start-up. */
export function gf32Multiply(a: number, b: number): number {
  let product = 0;
  let multiplicand = a;
  let multiplier = b;
  while (multiplier !== 0) {
    if (multiplier & 1) product ^= multiplicand;
    multiplier >>= 1;
    multiplicand <<= 1;
    if (multiplicand & OVERFLOW_BIT) multiplicand ^= REDUCTION_POLYNOMIAL;
  }
  return product;
}

export function gf32Power(base: number, exponent: number): number {
  let result = 1;
  for (let i = 0; i < exponent; i++) result = gf32Multiply(result, base);
  return result;
}

/**
 * Evaluates the polynomial whose coefficients are `coefficients`, highest degree first, at `point`
 * (Horner's rule). The license key's symbols are read exactly this way.
 */
export function gf32EvaluatePolynomial(coefficients: readonly number[], point: number): number {
  let value = 0;
  for (const coefficient of coefficients) value = gf32Add(gf32Multiply(value, point), coefficient);
  return value;
}
