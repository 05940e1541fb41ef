// Where a certificate stands in its validity period, for the expired / expiring highlight.

/** The server warns about a certificate that expires within this many days (EXPIRES_SOON). */
export const EXPIRES_SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export type Validity =
  | { state: 'NOT_YET_VALID' }
  | { state: 'EXPIRED' }
  | { state: 'EXPIRES_SOON'; daysLeft: number }
  | { state: 'VALID'; daysLeft: number };

/** `daysLeft` counts whole days before `notAfter` (0: less than a day). */
export function validityOf(notBefore: string, notAfter: string, now: Date = new Date()): Validity {
  const time = now.getTime();
  if (time < Date.parse(notBefore)) return { state: 'NOT_YET_VALID' };
  const left = Date.parse(notAfter) - time;
  if (left < 0) return { state: 'EXPIRED' };
  const daysLeft = Math.floor(left / DAY_MS);
  return daysLeft <= EXPIRES_SOON_DAYS ? { state: 'EXPIRES_SOON', daysLeft } : { state: 'VALID', daysLeft };
}
