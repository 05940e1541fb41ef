import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../common/api-error-message';
import { formatDateTimeSeconds } from '../common/format-date';
import { type IntegrityCheck, useIntegrityChecks, useRunIntegrityCheck } from './integrity.api';

/**
 * For CNAS administrators: whether the audit trail and the Log OCSP are intact, as the daily check
 * (or the last one run by hand) found them.
 */
export function IntegrityPanel() {
  const { t } = useTranslation();
  const checks = useIntegrityChecks(true);
  const run = useRunIntegrityCheck();
  const latest = (scope: IntegrityCheck['scope']) =>
    checks.data?.items.find((check) => check.scope === scope);

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space>
          <SafetyCertificateOutlined />
          {t('integrity.title')}
        </Space>
      }
      extra={
        <Button size="small" loading={run.isPending} onClick={() => run.mutate()}>
          {t('integrity.runNow')}
        </Button>
      }
    >
      {checks.isError || run.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(checks.error ?? run.error, t)} />
      ) : null}
      <Flex gap={32} wrap>
        {(['audit', 'ocsp-log'] as const).map((scope) => (
          <CheckSummary key={scope} scope={scope} check={latest(scope)} />
        ))}
      </Flex>
    </Card>
  );
}

function CheckSummary({
  scope,
  check,
}: {
  scope: IntegrityCheck['scope'];
  check: IntegrityCheck | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={2}>
      <Typography.Text strong>{t(`integrity.scope.${scope}`)}</Typography.Text>
      {check === undefined ? (
        <Typography.Text type="secondary">{t('integrity.never')}</Typography.Text>
      ) : (
        <>
          {check.intact ? (
            <Tag color="green">{t('integrity.intact', { count: check.checked })}</Tag>
          ) : (
            <Tag color="red">
              {check.reason === 'TRUNCATED'
                ? t('integrity.truncated')
                : t('integrity.brokenAt', { id: check.brokenAt ?? '?' })}
            </Tag>
          )}
          <Typography.Text type="secondary">
            {t('integrity.checkedAt', { at: formatDateTimeSeconds(check.at), trigger: check.trigger })}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}
