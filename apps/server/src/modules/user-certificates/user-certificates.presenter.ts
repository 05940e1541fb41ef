import { formatSerialForDisplay, type UserCertificate } from '@siui/core';
import type { UserCertificateView } from './user-certificates.repository';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export function toUserCertificate(row: UserCertificateView): UserCertificate {
  return {
    id: row.id,
    insuranceHouse: row.insurance_house_code,
    user: { id: row.user_id, username: row.username },
    provider:
      row.provider_id && row.provider_code && row.provider_name
        ? { id: row.provider_id, code: row.provider_code, name: row.provider_name }
        : null,
    issuingAuthority: { id: row.issuing_authority_id, name: row.authority_name },
    serialNumber: row.serial_number,
    serialNumberDisplay: formatSerialForDisplay(row.serial_number),
    subjectDn: row.subject_dn,
    notBefore: iso(row.not_before),
    notAfter: iso(row.not_after),
    sha256Fingerprint: row.sha256_fingerprint,
    hasCertificateFile: row.certificate_der !== null,
    notes: row.notes,
    suspended: row.suspended,
    suspendedAt: iso(row.suspended_at),
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by_username,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function auditViewOfCertificate(row: UserCertificateView) {
  return {
    username: row.username,
    providerCode: row.provider_code,
    issuingAuthority: row.authority_name,
    serialNumber: row.serial_number,
    subjectDn: row.subject_dn,
    notAfter: iso(row.not_after),
    suspended: row.suspended,
    notes: row.notes,
  };
}
