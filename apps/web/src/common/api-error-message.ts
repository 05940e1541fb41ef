import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/client';

/** What to tell the user about a failed call: the server's own (translated) message when there is one. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return t('common.networkError');
  return t('common.unexpectedError');
}
