/** Issuer checks on parsed certificates, through @peculiar/x509's signature verification. */
import type { Certificate } from '@peculiar/asn1-x509';
import type { ParsedCertificate } from './certificate';
import { namesMatch } from './distinguished-name';
import { X509Certificate } from './x509';

/**
 * ParsedCertificate is a plain object; the library's view of it is kept beside it, keyed by its
 * `der` array, which copies of the summary (`{ ...parsed }`) share.
 */
const libraryViews = new WeakMap<Uint8Array, X509Certificate>();

/** @peculiar/x509's certificate for `der`, decoded once per DER array. */
export function x509CertificateOf(der: Uint8Array, decoded?: Certificate): X509Certificate {
  let certificate = libraryViews.get(der);
  if (!certificate) {
    certificate = decoded ? new X509Certificate(decoded) : new X509Certificate(der);
    libraryViews.set(der, certificate);
  }
  return certificate;
}

type Subject = Pick<ParsedCertificate, 'der' | 'issuerNameDer'>;
type Issuer = Pick<ParsedCertificate, 'der' | 'subjectNameDer'>;

/**
 * True when `issuer`'s subject is `certificate`'s issuer and `issuer`'s key verifies its signature.
 * Only the signature: x509's own validity check is exclusive at both ends, so callers that care
 * about time use validityState (RFC 5280: inclusive).
 */
export async function verifyIssuedBy(certificate: Subject, issuer: Issuer): Promise<boolean> {
  if (!namesMatch(certificate.issuerNameDer, issuer.subjectNameDer)) return false;
  try {
    return await x509CertificateOf(certificate.der).verify({
      publicKey: x509CertificateOf(issuer.der).publicKey,
      signatureOnly: true,
    });
  } catch {
    // x509 throws, rather than answering false, for signature algorithms it cannot map.
    return false;
  }
}
