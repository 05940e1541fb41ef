import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './api-error-message';

/** Shows a failed call's message in a notification; returns the function to call from `onError`. */
export function useErrorNotifier(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      notification.error({ title: t('common.errorTitle'), description: apiErrorMessage(error, t) });
    },
    [notification, t],
  );
}
