import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { AUTHORITY_API_FIELDS, type AuthorityFormField } from './authority-form-values';

/** The answers about the uploaded certificate itself: shown under the file. */
const CERTIFICATE_ERRORS = new Set([
  'NOT_A_CA',
  'CA_EXPIRED',
  'CERTIFICATE_UNREADABLE',
  'ISSUING_AUTHORITY_EXISTS',
]);

/**
 * Puts a failed save's message under the fields at fault (the server's per-field messages, or the
 * file for what is wrong with the certificate). Returns whether it did.
 */
export function showAuthorityErrors(form: Pick<FormInstance, 'setFields'>, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (CERTIFICATE_ERRORS.has(error.code)) {
    form.setFields([{ name: 'certificate', errors: [error.message] }]);
    return true;
  }
  const fieldErrors = Object.entries(error.fields).flatMap(([apiField, message]) => {
    const name = AUTHORITY_API_FIELDS[apiField];
    return name === undefined ? [] : [{ name, errors: [message] }];
  });
  form.setFields(fieldErrors);
  return fieldErrors.length > 0;
}

/** Marks the fields the API schema refused (the field rules let nothing through; a safety net). */
export function showInvalidAuthorityFields(
  form: Pick<FormInstance, 'setFields'>,
  fields: readonly AuthorityFormField[],
  t: TFunction,
): void {
  form.setFields(fields.map((name) => ({ name, errors: [t('issuingAuthorities.form.invalid')] })));
}
