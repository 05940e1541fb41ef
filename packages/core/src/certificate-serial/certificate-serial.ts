// A certificate's serial number as staff copy it from a certificate viewer: Windows shows
// "00 a3 0f", Firefox "00:A3:0F", OpenSSL "0x00A30F" or "a3:0f". All name the positive integer 0xA30F,
// stored canonically as upper-case hex with an even number of digits and no leading zero octet: "A30F".

/**
 * RFC 5280 §4.1.2.2: serials are at most 20 octets. We count the octets of the value, not of its DER
 * encoding (which adds a 00 octet when the top bit is set), so that a slightly non-conforming
 * certificate can still be registered — the RFC asks relying parties to tolerate those.
 */
export const MAX_SERIAL_OCTETS = 20;

export type CertificateSerialProblem = 'EMPTY' | 'NOT_HEX' | 'TOO_LONG';

export type CertificateSerialResult =
  | { ok: true; serial: string }
  | { ok: false; reason: CertificateSerialProblem };

const HEX_PREFIX = /^0x/i;
const SEPARATORS = /[\s:-]+/g;
const HEX_DIGITS = /^[0-9A-F]+$/;

export function normalizeCertificateSerial(input: string): CertificateSerialResult {
  const digits = input.trim().replace(HEX_PREFIX, '').replace(SEPARATORS, '').toUpperCase();
  if (digits === '') return { ok: false, reason: 'EMPTY' };
  if (!HEX_DIGITS.test(digits)) return { ok: false, reason: 'NOT_HEX' };
  return canonicalSerial(digits.replace(/^0+/, ''));
}

/** "A30F" → "A3:0F", the way viewers show it. Expects a canonical serial. */
export function formatSerialForDisplay(serial: string): string {
  return (serial.match(/.{1,2}/g) ?? []).join(':');
}

/** The canonical serial of a non-negative integer (for instance one read from a parsed certificate). */
export function serialFromBigInt(value: bigint): string {
  if (value < 0n) throw new RangeError('A certificate serial is not negative');
  const result = canonicalSerial(value === 0n ? '' : value.toString(16).toUpperCase());
  if (!result.ok) throw new RangeError(`A certificate serial has at most ${MAX_SERIAL_OCTETS} octets`);
  return result.serial;
}

/** The integer a serial names, in any spelling normalizeCertificateSerial accepts. */
export function serialToBigInt(serial: string): bigint {
  const result = normalizeCertificateSerial(serial);
  if (!result.ok) throw new RangeError(`Not a certificate serial (${result.reason}): "${serial}"`);
  return BigInt(`0x${result.serial}`);
}

/** From significant hex digits (no leading zeros; empty for zero) to the canonical form. */
function canonicalSerial(significant: string): CertificateSerialResult {
  const serial = significant.length % 2 === 0 ? significant : `0${significant}`;
  if (serial.length > MAX_SERIAL_OCTETS * 2) return { ok: false, reason: 'TOO_LONG' };
  return { ok: true, serial: serial === '' ? '00' : serial };
}
