/**
 * Certificate serial numbers between their DER INTEGER octets and the registry's canonical text,
 * which @siui/core defines (normalizeCertificateSerial: uppercase hex, even digit count, no
 * leading zero octets, `00` for zero). It is also what openssl writes in index.txt, so the
 * registry, the OCSP codec and openssl's responder key certificates by the same string.
 */
import { normalizeCertificateSerial } from '@siui/core';
import { Integer } from 'asn1js';

/**
 * The canonical serial of an INTEGER's content octets (as a CertID or a certificate carries them).
 * A negative serial (RFC 5280 forbids it, CAs still issue them) keeps its two's-complement octets,
 * so it still has one stable text. Serials longer than RFC 5280's 20 octets, which core refuses
 * and the registry therefore never holds, get the same hex form: an OCSP request about one must
 * be answered `unknown`, not refused.
 */
export function canonicalSerialFromInteger(integerContent: Uint8Array): string {
  const hex = Buffer.from(integerContent).toString('hex');
  const normalized = normalizeCertificateSerial(hex);
  if (normalized.ok) return normalized.serial;
  const significant = hex.replace(/^(00)+/, '').toUpperCase();
  return significant === '' ? '00' : significant;
}

/** INTEGER content octets for a canonical serial, read as a non-negative number (asn1js adds the sign octet). */
export function serialToIntegerContent(canonicalSerial: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Integer.fromBigInt(BigInt(`0x${canonicalSerial}`)).valueBlock.valueHexView);
}
