/** The OCSP nonce extension (RFC 8954), shared by the responder codec and the client. */
import { id_pkix_ocsp_nonce } from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Extension } from '@peculiar/asn1-x509';
import { decodeExactly } from '../../pki/asn-decode';

export { id_pkix_ocsp_nonce };

/** A nonce extension as RFC 8954 writes it: extnValue holds the DER OCTET STRING of the nonce. */
export function nonceExtension(nonce: Uint8Array): Extension {
  return new Extension({
    extnID: id_pkix_ocsp_nonce,
    extnValue: new OctetString(AsnConvert.serialize(new OctetString(nonce))),
  });
}

/**
 * The nonce a nonce extension carries. Some old clients and responders put the raw bytes in
 * extnValue instead of an OCTET STRING; those bytes are then the nonce, so we can still answer
 * (and compare) them.
 */
export function nonceOf(extension: Extension): Uint8Array {
  const value = new Uint8Array(extension.extnValue.buffer);
  try {
    return new Uint8Array(decodeExactly(value, OctetString).buffer);
  } catch {
    return value.slice();
  }
}
