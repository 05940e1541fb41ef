import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../common/form-errors';
import { PROVIDER_FORM_FIELDS, type ProviderFormField } from './provider-form-values';

/** The 409 answers that belong under one field of the form. */
const CONFLICT_FIELDS: Record<string, ProviderFormField> = {
  PROVIDER_CODE_TAKEN: 'code',
  PROVIDER_FISCAL_CODE_TAKEN: 'fiscalCode',
  PROVIDER_FISCAL_CODE_LOCKED: 'fiscalCode',
};

/**
 * Puts a failed save's message under the fields at fault (the server's per-field messages, or the
 * field a 409 is about). Returns whether it did; otherwise the caller shows the error some other way.
 */
export function showProviderErrors(form: Pick<FormInstance, 'setFields'>, error: unknown): boolean {
  if (showFieldErrors(form, error, PROVIDER_FORM_FIELDS)) return true;
  if (!(error instanceof ApiError)) return false;
  const field = CONFLICT_FIELDS[error.code];
  if (field === undefined) return false;
  form.setFields([{ name: field, errors: [error.message] }]);
  return true;
}

/** Marks the fields the API schema refused (the field rules let nothing through, so this is a safety net). */
export function showInvalidFields(
  form: Pick<FormInstance, 'setFields'>,
  fields: readonly ProviderFormField[],
  t: TFunction,
): void {
  form.setFields(fields.map((name) => ({ name, errors: [t('providers.form.invalid')] })));
}
