import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../common/api-error-message';
import { PageHeader } from '../common/PageHeader';
import { useErrorNotifier } from '../common/use-error-notifier';
import { useListQuery } from '../common/use-list-query';
import { OcspLogFiltersBar } from './OcspLogFiltersBar';
import { OcspLogTable } from './OcspLogTable';
import { useExportOcspLog, useOcspLog } from './ocsp-log.api';
import { ocspLogSearch } from './ocsp-log-filters';

/**
 * *Administrare OCSP / Log OCSP*: every operation done online by the house's external users that
 * have a certificate defined, allowed or refused, newest first.
 */
export default function OcspLogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useErrorNotifier();
  const { query: filters, show: filter, reset } = useListQuery(ocspLogSearch);
  const log = useOcspLog(filters);
  const exportCsv = useExportOcspLog();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('ocspLog.title')}
        description={t('pages.ocspLog')}
        actions={
          <Button
            icon={<DownloadOutlined />}
            loading={exportCsv.isPending}
            onClick={() =>
              exportCsv.mutate(filters, {
                onSuccess: (file) => void message.success(t('ocspLog.exported', { file })),
                onError: notifyError,
              })
            }
          >
            {t('ocspLog.exportCsv')}
          </Button>
        }
      />
      <OcspLogFiltersBar filters={filters} onChange={filter} onReset={reset} />
      {log.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(log.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <OcspLogTable entries={entries} loading={log.isFetching && !log.isFetchingNextPage} />
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="ocsp-log-count">
          {t('ocspLog.shown', { count: entries.length })}
        </Typography.Text>
        {log.hasNextPage ? (
          <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{log.isSuccess ? t('ocspLog.end') : null}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
