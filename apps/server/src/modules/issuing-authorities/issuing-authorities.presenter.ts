import type { IssuingAuthority } from '@siui/core';
import type { IssuingAuthorityRow } from '../../db/schema';
import { toPem } from '../../pki/certificate-input';

export function toIssuingAuthority(row: IssuingAuthorityRow): IssuingAuthority {
  return {
    id: row.id,
    name: row.name,
    subjectDn: row.subject_dn,
    issuerDn: row.issuer_dn,
    selfSigned: row.subject_dn === row.issuer_dn,
    serialNumber: row.serial_number,
    subjectKeyIdentifier: row.subject_key_identifier,
    sha256Fingerprint: row.sha256_fingerprint,
    notBefore: new Date(row.not_before).toISOString(),
    notAfter: new Date(row.not_after).toISOString(),
    ocspUrl: row.ocsp_url,
    crlUrl: row.crl_url,
    ocspPolicy: row.ocsp_policy,
    active: row.active,
    certificatePem: toPem(row.certificate_der),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function auditViewOfAuthority(row: IssuingAuthorityRow) {
  return {
    name: row.name,
    subjectDn: row.subject_dn,
    sha256Fingerprint: row.sha256_fingerprint,
    ocspUrl: row.ocsp_url,
    crlUrl: row.crl_url,
    ocspPolicy: row.ocsp_policy,
    active: row.active,
  };
}
