import type { X509Certificate } from 'node:crypto';
import type { CertificateSummary, CertificateWarning } from '../local-api/local-api.types';

export type { CertificateSummary };

/** The certificate page warns this many days before the certificate expires. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `C=RO\nO=…\nCN=…` (Node's form) → `CN=…, O=…, C=RO`, most specific first as viewers show it. */
export function formatDistinguishedName(multiline: string): string {
  return multiline.split('\n').filter(Boolean).reverse().join(', ');
}

export function summarizeCertificate(
  certificate: X509Certificate,
  importedAt: string,
  now: Date,
): CertificateSummary {
  const notBefore = new Date(certificate.validFrom);
  const notAfter = new Date(certificate.validTo);
  return {
    subject: formatDistinguishedName(certificate.subject),
    issuer: formatDistinguishedName(certificate.issuer),
    serialNumber: certificate.serialNumber.toUpperCase(),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    sha256: certificate.fingerprint256.replace(/:/g, ''),
    importedAt,
    ...validityOf(notBefore, notAfter, now),
  };
}

export function validityOf(
  notBefore: Date,
  notAfter: Date,
  now: Date,
): { daysLeft: number; warning: CertificateWarning | null } {
  const daysLeft = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
  let warning: CertificateWarning | null = null;
  if (now > notAfter) warning = 'EXPIRED';
  else if (now < notBefore) warning = 'NOT_YET_VALID';
  else if (daysLeft < EXPIRY_WARNING_DAYS) warning = 'EXPIRES_SOON';
  return { daysLeft, warning };
}
