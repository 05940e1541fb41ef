import {
  CERTIFICATE_WARNING_MESSAGES,
  type CertificateInspection,
  formatMessage,
  type Language,
} from '@siui/core';
import type { Executor } from '../../db/executor';
import type { IssuingAuthorityRow } from '../../db/schema';
import { AppError } from '../../http/app-error';
import {
  type ParsedCertificate,
  parseCertificate,
  validityState,
  verifyIssuedBy,
} from '../../pki/certificate';
import {
  findActiveAuthoritiesBySubject,
  findAuthority,
} from '../issuing-authorities/issuing-authorities.repository';

const CLIENT_AUTH_EKU = '1.3.6.1.5.5.7.3.2';
const ANY_EKU = '2.5.29.37.0';
const EXPIRES_SOON_DAYS = 30;

export type Warning = CertificateInspection['warnings'][number];

/**
 * The authority that signed a provider certificate: the one chosen (which must really have signed it)
 * or, when none is chosen, the active authority whose key verifies the signature.
 */
export async function findSigningAuthority(
  db: Executor,
  certificate: ParsedCertificate,
  chosenId: string | undefined,
): Promise<IssuingAuthorityRow> {
  if (chosenId) {
    const chosen = await findAuthority(db, chosenId);
    if (!chosen) throw new AppError('ISSUING_AUTHORITY_NOT_FOUND');
    if (!chosen.active) throw new AppError('ISSUING_AUTHORITY_INACTIVE', { params: { name: chosen.name } });
    if (!(await verifyIssuedBy(certificate, parseCertificate(chosen.certificate_der)))) {
      throw new AppError('CERTIFICATE_NOT_ISSUED_BY_AUTHORITY', { params: { name: chosen.name } });
    }
    return chosen;
  }
  for (const candidate of await findActiveAuthoritiesBySubject(db, certificate.issuerDn)) {
    if (await verifyIssuedBy(certificate, parseCertificate(candidate.certificate_der))) return candidate;
  }
  throw new AppError('ISSUING_AUTHORITY_NOT_DETECTED', { params: { issuer: certificate.issuerDn } });
}

/** What the operator should know before registering: validity and usage, never blocking. */
export function certificateWarnings(
  certificate: Pick<ParsedCertificate, 'notBefore' | 'notAfter' | 'extendedKeyUsage'> | null,
  language: Language,
  now: Date,
): Warning[] {
  if (!certificate) return [];
  const warnings: Warning[] = [];
  // Romanian documents write 01.02.2027; English readers get the unambiguous 2027-02-01.
  const date = (value: Date) => {
    const iso = value.toISOString().slice(0, 10);
    return language === 'ro' ? iso.split('-').reverse().join('.') : iso;
  };
  const state = validityState(certificate as ParsedCertificate, now);
  if (state === 'EXPIRED') {
    warnings.push(warning('EXPIRED', language, { date: date(certificate.notAfter) }));
  } else if (state === 'NOT_YET_VALID') {
    warnings.push(warning('NOT_YET_VALID', language, { date: date(certificate.notBefore) }));
  } else {
    const days = Math.floor((certificate.notAfter.getTime() - now.getTime()) / 86_400_000);
    if (days <= EXPIRES_SOON_DAYS)
      warnings.push(warning('EXPIRES_SOON', language, { days, date: date(certificate.notAfter) }));
  }
  const eku = certificate.extendedKeyUsage;
  if (eku.length > 0 && !eku.includes(CLIENT_AUTH_EKU) && !eku.includes(ANY_EKU)) {
    warnings.push(warning('NOT_FOR_CLIENT_AUTH', language, {}));
  }
  return warnings;
}

function warning(
  code: Warning['code'],
  language: Language,
  params: Record<string, string | number>,
): Warning {
  return { code, message: formatMessage(CERTIFICATE_WARNING_MESSAGES[code], language, params) };
}
