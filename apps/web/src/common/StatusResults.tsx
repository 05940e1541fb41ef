import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

function BackHomeButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('results.backHome')}
    </Button>
  );
}

/** Shown when a page is opened (e.g. by URL) without the right it needs. */
export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('results.forbiddenTitle')}
      subTitle={t('results.forbidden')}
      extra={<BackHomeButton />}
    />
  );
}

export function NotFoundResult({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('results.notFoundTitle')}
      subTitle={message ?? t('results.notFound')}
      extra={<BackHomeButton />}
    />
  );
}
