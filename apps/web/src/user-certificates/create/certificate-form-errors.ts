import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../common/form-errors';
import { CERTIFICATE_FORM_FIELDS, type CertificateFormField } from './certificate-form-values';

/** The refusals that belong under one field of the form. */
const CONFLICT_FIELDS: Record<string, CertificateFormField> = {
  USER_CERTIFICATE_EXISTS: 'serialNumber',
  CERTIFICATE_NOT_ISSUED_BY_AUTHORITY: 'issuingAuthorityId',
  ISSUING_AUTHORITY_INACTIVE: 'issuingAuthorityId',
  ISSUING_AUTHORITY_NOT_FOUND: 'issuingAuthorityId',
  NOT_AN_EXTERNAL_USER: 'userId',
  USER_NOT_FOUND: 'userId',
};

/** The refusals about the certificate file itself (shown by the drop zone). */
const FILE_ERRORS = new Set([
  'CERTIFICATE_UNREADABLE',
  'CERTIFICATE_IS_CA',
  'ISSUING_AUTHORITY_NOT_DETECTED',
]);

/**
 * Where a failed save's message goes: under a field of the form (done here: `'field'`), by the
 * certificate file (`'file'`), or nowhere in particular (`null`: the caller notifies).
 */
export function showCertificateErrors(
  form: Pick<FormInstance, 'setFields'>,
  error: unknown,
): 'field' | 'file' | null {
  if (!(error instanceof ApiError)) return null;
  if (FILE_ERRORS.has(error.code) || error.fields.certificatePem !== undefined) return 'file';
  if (showFieldErrors(form, error, CERTIFICATE_FORM_FIELDS)) return 'field';
  const field = CONFLICT_FIELDS[error.code];
  if (field === undefined) return null;
  form.setFields([{ name: field, errors: [error.message] }]);
  return 'field';
}
