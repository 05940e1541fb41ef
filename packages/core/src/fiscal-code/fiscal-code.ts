// Romanian fiscal code of a legal entity (CUI / CIF): 2 to 10 digits, the last one a check digit.
// The check digit uses the key 753217532 aligned to the right of the body (the digits before it):
// (Σ bodyDigit × keyDigit) × 10 mod 11, where 10 becomes 0.

export type FiscalCodeProblem = 'FORMAT' | 'CHECK_DIGIT';

export type FiscalCodeResult = { ok: true; fiscalCode: string } | { ok: false; reason: FiscalCodeProblem };

const CHECK_KEY = '753217532';
// A leading zero is refused: it would not change the check digit, so "018547290" would pass and the
// same provider could be saved under two spellings.
const FISCAL_CODE = /^(?:RO)?([1-9][0-9]{1,9})$/;

/**
 * Reads a fiscal code as written on invoices: an optional `RO` (VAT payer) prefix in any case,
 * spaces anywhere. The result holds digits only, without the prefix.
 */
export function parseFiscalCode(input: string): FiscalCodeResult {
  const digits = FISCAL_CODE.exec(input.replace(/\s+/g, '').toUpperCase())?.[1];
  if (digits === undefined) return { ok: false, reason: 'FORMAT' };
  const body = digits.slice(0, -1);
  if (computeFiscalCodeCheckDigit(body) !== digits.slice(-1)) return { ok: false, reason: 'CHECK_DIGIT' };
  return { ok: true, fiscalCode: digits };
}

/** The check digit for a body of 1 to 9 digits. */
export function computeFiscalCodeCheckDigit(body: string): string {
  if (!/^[0-9]{1,9}$/.test(body)) throw new RangeError(`A fiscal code body is 1 to 9 digits: "${body}"`);
  const aligned = body.padStart(CHECK_KEY.length, '0');
  let sum = 0;
  for (let i = 0; i < aligned.length; i++) sum += Number(aligned[i]) * Number(CHECK_KEY[i]);
  return String(((sum * 10) % 11) % 10);
}

/** Test-data helper: `body` followed by its check digit. */
export function makeValidFiscalCode(body: string): string {
  return body + computeFiscalCodeCheckDigit(body);
}
