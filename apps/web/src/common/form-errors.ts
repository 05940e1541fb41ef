import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's per-field messages (`error.fields` of a 400/409) under the matching fields of
 * the form. Returns whether at least one field received a message; otherwise the caller shows the
 * error some other way.
 */
export function showFieldErrors(
  form: Pick<FormInstance, 'setFields'>,
  error: unknown,
  formFields: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  const fieldErrors = formFields.flatMap((name) => {
    const message = error.fields[name];
    return message === undefined ? [] : [{ name, errors: [message] }];
  });
  if (fieldErrors.length === 0) return false;
  form.setFields(fieldErrors);
  return true;
}
