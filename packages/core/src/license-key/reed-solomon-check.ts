import { GF32_PRIMITIVE_ELEMENT, gf32Add, gf32EvaluatePolynomial, gf32Multiply, gf32Power } from './gf32';

// Two check symbols of a Reed–Solomon code over GF(32).
//
// The key's symbols c0 … c19 are read as the polynomial c(x) = c0·x^19 + c1·x^18 + … + c19, and a key
// is valid exactly when c(α) = 0 and c(α²) = 0, where α = x is the field's primitive element. The
// encoder makes that true by appending the remainder of m(x)·x² divided by the generator polynomial
// g(x) = (x − α)(x − α²): then c(x) = m(x)·x² − r(x) is a multiple of g(x).
//
// Why this detects every error in up to two symbols: an error adds e(x) = e_i·x^i + e_j·x^j, and
// it goes unnoticed only if e(α) = e(α²) = 0, i.e. if the 2×2 system
//   [ α^i   α^j  ] [e_i]   [0]
//   [ α^2i  α^2j ] [e_j] = [0]
// has a non-zero solution. Its determinant α^(i+j)·(α^j − α^i) is non-zero whenever i ≠ j (mod 31),
// which holds because the key has 20 < 31 symbols. So the code has minimum distance 3: every single
// substitution and every adjacent transposition (two symbols changed) is caught. A wilder error
// (three symbols or more) still fails the check with probability 1 − 1/1024.

export const CHECK_SYMBOL_COUNT = 2;

const FIRST_ROOT = GF32_PRIMITIVE_ELEMENT;
const SECOND_ROOT = gf32Power(GF32_PRIMITIVE_ELEMENT, 2);
// g(x) = x² + (α + α²)·x + α·α²  (minus is plus in characteristic 2)
const GENERATOR_LINEAR = gf32Add(FIRST_ROOT, SECOND_ROOT);
const GENERATOR_CONSTANT = gf32Multiply(FIRST_ROOT, SECOND_ROOT);

/** The two symbols to append to `data` (values 0–31) so that the whole word is a codeword. */
export function computeCheckSymbols(data: readonly number[]): [number, number] {
  // Long division by g(x), one data symbol at a time (a two-stage linear feedback shift register).
  let high = 0;
  let low = 0;
  for (const symbol of data) {
    const feedback = gf32Add(symbol, high);
    high = gf32Add(low, gf32Multiply(feedback, GENERATOR_LINEAR));
    low = gf32Multiply(feedback, GENERATOR_CONSTANT);
  }
  return [high, low];
}

/** True when the word (data followed by its check symbols) has both roots of g(x) as roots. */
export function hasValidCheckSymbols(word: readonly number[]): boolean {
  return gf32EvaluatePolynomial(word, FIRST_ROOT) === 0 && gf32EvaluatePolynomial(word, SECOND_ROOT) === 0;
}
