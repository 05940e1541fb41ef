/** Reads the certificate extensions the registry, the gateway and the OCSP client rely on. */
import { KeyUsage, type KeyUsageType } from '@peculiar/asn1-x509';
import {
  AuthorityInfoAccessExtension,
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  CRLDistributionPointsExtension,
  ExtendedKeyUsageExtension,
  type GeneralName,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  URL as URL_NAME,
  type X509Certificate,
} from './x509';

export type KeyUsageName = KeyUsageType;

export interface CertificateExtensionsSummary {
  isCa: boolean;
  pathLengthConstraint: number | null;
  keyUsage: KeyUsageName[];
  /** Extended key usage OIDs, e.g. `1.3.6.1.5.5.7.3.2` (TLS client authentication). */
  extendedKeyUsage: string[];
  subjectKeyIdentifier: string | null;
  authorityKeyIdentifier: string | null;
  ocspUrls: string[];
  caIssuersUrls: string[];
  crlUrls: string[];
  /** OIDs of critical extensions, so callers can refuse certificates carrying ones they do not know. */
  criticalExtensions: string[];
}

const urlsOf = (names: readonly GeneralName[]) =>
  names.flatMap((name) => (name.type === URL_NAME ? [name.value] : []));

const upperHex = (hex: string | undefined) => (hex ? hex.toUpperCase() : null);

export function summariseExtensions(certificate: X509Certificate): CertificateExtensionsSummary {
  const basicConstraints = certificate.getExtension(BasicConstraintsExtension);
  const keyUsage = certificate.getExtension(KeyUsagesExtension);
  const access = certificate.getExtension(AuthorityInfoAccessExtension);
  const crl = certificate.getExtension(CRLDistributionPointsExtension);
  return {
    isCa: basicConstraints?.ca ?? false,
    pathLengthConstraint: basicConstraints?.pathLength ?? null,
    // x509 gives the flags; asn1-x509's KeyUsage names them, in bit order.
    keyUsage: keyUsage ? new KeyUsage(keyUsage.usages).toJSON() : [],
    extendedKeyUsage: (certificate.getExtension(ExtendedKeyUsageExtension)?.usages ?? []).map(String),
    subjectKeyIdentifier: upperHex(certificate.getExtension(SubjectKeyIdentifierExtension)?.keyId),
    authorityKeyIdentifier: upperHex(certificate.getExtension(AuthorityKeyIdentifierExtension)?.keyId),
    ocspUrls: urlsOf(access?.ocsp ?? []),
    caIssuersUrls: urlsOf(access?.caIssuers ?? []),
    crlUrls: (crl?.distributionPoints ?? []).flatMap((point) =>
      (point.distributionPoint?.fullName ?? []).flatMap((name) =>
        name.uniformResourceIdentifier ? [name.uniformResourceIdentifier] : [],
      ),
    ),
    criticalExtensions: certificate.extensions.filter((ext) => ext.critical).map((ext) => ext.type),
  };
}
