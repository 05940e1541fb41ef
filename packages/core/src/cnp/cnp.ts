import { CNP_COUNTY_CODES } from './cnp-county-codes';

// Romanian personal numeric code (CNP): S YY MM DD JJ NNN C, 13 digits.
// S = sex and century: 1/2 born 1900–1999, 3/4 born 1800–1899, 5/6 born 2000–2099 (odd = male);
// 7/8 = foreign residents and 9 = foreign persons, whose S carries no century: we take the later
// century that does not put the birth date in the future. JJ = county (see cnp-county-codes.ts),
// NNN = sequence, C = check digit: Σ digit × 279146358279 mod 11, where 10 becomes 1.

export type CnpProblem = 'FORMAT' | 'CHECK_DIGIT' | 'BIRTH_DATE' | 'COUNTY';

export type CnpSex = 'M' | 'F';

export interface ParsedCnp {
  ok: true;
  cnp: string;
  /** `YYYY-MM-DD` */
  birthDate: string;
  /** null for S = 9, which does not say. */
  sex: CnpSex | null;
  countyCode: string;
}

export type CnpResult = ParsedCnp | { ok: false; reason: CnpProblem };

const CNP_FORMAT = /^[1-9][0-9]{12}$/;
const CHECK_KEY = '279146358279';
const FIXED_CENTURIES: Readonly<Record<string, number>> = {
  1: 1900,
  2: 1900,
  3: 1800,
  4: 1800,
  5: 2000,
  6: 2000,
};

/**
 * Validates a CNP and reads what it says. `today` bounds the birth date; it is read as a local
 * calendar date. The structure is checked before the check digit so that a wrong month or county
 * is reported as such rather than as a wrong check digit.
 */
export function parseCnp(input: string, today: Date = new Date()): CnpResult {
  const cnp = input.replace(/\s+/g, '');
  if (!CNP_FORMAT.test(cnp)) return { ok: false, reason: 'FORMAT' };
  const birthDate = readBirthDate(cnp, localIsoDate(today));
  if (birthDate === null) return { ok: false, reason: 'BIRTH_DATE' };
  const countyCode = cnp.slice(7, 9);
  if (!CNP_COUNTY_CODES.has(countyCode)) return { ok: false, reason: 'COUNTY' };
  if (computeCnpCheckDigit(cnp.slice(0, 12)) !== cnp.slice(12)) return { ok: false, reason: 'CHECK_DIGIT' };
  return { ok: true, cnp, birthDate, sex: readSex(cnp), countyCode };
}

/** The check digit for the first 12 digits of a CNP. */
export function computeCnpCheckDigit(first12: string): string {
  if (!/^[0-9]{12}$/.test(first12))
    throw new RangeError(`Expected the first 12 digits of a CNP: "${first12}"`);
  let sum = 0;
  for (let i = 0; i < CHECK_KEY.length; i++) sum += Number(first12[i]) * Number(CHECK_KEY[i]);
  const remainder = sum % 11;
  return String(remainder === 10 ? 1 : remainder);
}

function readSex(cnp: string): CnpSex | null {
  const digit = Number(cnp[0]);
  if (digit === 9) return null;
  return digit % 2 === 1 ? 'M' : 'F';
}

function readBirthDate(cnp: string, today: string): string | null {
  const [yy, mm, dd] = [cnp.slice(1, 3), cnp.slice(3, 5), cnp.slice(5, 7)];
  const fixedCentury = FIXED_CENTURIES[cnp.slice(0, 1)];
  const centuries = fixedCentury === undefined ? [2000, 1900] : [fixedCentury];
  for (const century of centuries) {
    const year = century + Number(yy);
    const date = `${year}-${mm}-${dd}`;
    if (isCalendarDate(year, Number(mm), Number(dd)) && date <= today) return date;
  }
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids daylight-saving surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
