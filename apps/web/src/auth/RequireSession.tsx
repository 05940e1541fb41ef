import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { apiErrorMessage } from '../common/api-error-message';
import { LoadingBlock } from '../common/LoadingBlock';
import { useCurrentUserQuery } from './auth.api';
import { SessionProvider } from './session';

export const LOGIN_PATH = '/autentificare';

/** The console's gate: without a session every page leads to the login page, which then returns here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const currentUser = useCurrentUserQuery();

  if (currentUser.isPending) return <LoadingBlock />;
  if (currentUser.isError) {
    return (
      <Result
        status="error"
        title={t('common.errorTitle')}
        subTitle={apiErrorMessage(currentUser.error, t)}
        extra={<Button onClick={() => void currentUser.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (currentUser.data === null) {
    return <Navigate to={LOGIN_PATH} replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <SessionProvider user={currentUser.data}>{children}</SessionProvider>;
}
