/** Name comparison for chain building and OCSP responder IDs, by pkijs. */
import { RelativeDistinguishedNames } from 'pkijs';

/**
 * Identical DER, or the same attributes with string values equal ignoring case and runs of spaces
 * (pkijs' RelativeDistinguishedNames.isEqual), as RFC 5280 7.1 lets a CA re-encode e.g. a
 * PrintableString as UTF8String in the certificates it issues. False for undecodable input.
 */
export function namesMatch(leftDer: Uint8Array, rightDer: Uint8Array): boolean {
  if (Buffer.compare(leftDer, rightDer) === 0) return true;
  try {
    return RelativeDistinguishedNames.fromBER(leftDer).isEqual(RelativeDistinguishedNames.fromBER(rightDer));
  } catch {
    return false;
  }
}
