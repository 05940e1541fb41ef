import { type CnpSex, computeCnpCheckDigit } from './cnp';

// Builds valid CNPs for tests and factories. Vary `sequence` (or the date) to get distinct people.

export interface CnpFields {
  /**
   * `YYYY-MM-DD`, 1800–2099. Residents and foreigners keep only YY: parseCnp reads back the latest
   * century that is not in the future.
   */
  birthDate: string;
  /** Ignored for `foreign`, whose S digit (9) does not say. */
  sex: CnpSex;
  countyCode: string;
  /** 1–999 */
  sequence: number;
  /** citizen: S from sex and century; resident: 7/8; foreign: 9. */
  category: 'citizen' | 'resident' | 'foreign';
}

const DEFAULTS: CnpFields = {
  birthDate: '1980-01-01',
  sex: 'M',
  countyCode: '40',
  sequence: 1,
  category: 'citizen',
};

const CENTURY_DIGITS: Readonly<Record<number, Record<CnpSex, string>>> = {
  1800: { M: '3', F: '4' },
  1900: { M: '1', F: '2' },
  2000: { M: '5', F: '6' },
};

export function makeValidCnp(fields: Partial<CnpFields> = {}): string {
  const { birthDate, sex, countyCode, sequence, category } = { ...DEFAULTS, ...fields };
  const date = /^(\d{2})(\d{2})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (date === null) throw new RangeError(`Expected a YYYY-MM-DD birth date: "${birthDate}"`);
  const [, centuryPrefix = '', yy = '', mm = '', dd = ''] = date;
  if (!/^\d{2}$/.test(countyCode)) throw new RangeError(`Expected a two-digit county code: "${countyCode}"`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError(`Expected a sequence number 1–999: ${sequence}`);
  }
  const first12 =
    sexDigit(category, sex, Number(centuryPrefix) * 100) +
    yy +
    mm +
    dd +
    countyCode +
    String(sequence).padStart(3, '0');
  return first12 + computeCnpCheckDigit(first12);
}

function sexDigit(category: CnpFields['category'], sex: CnpSex, century: number): string {
  if (category === 'foreign') return '9';
  if (category === 'resident') return sex === 'M' ? '7' : '8';
  const digit = CENTURY_DIGITS[century]?.[sex];
  if (digit === undefined) throw new RangeError(`A CNP has no century digit for the ${century}s`);
  return digit;
}
