import type { ProviderImportResult } from '@siui/core';
import { Alert, Result, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { importColumnOf } from './import-columns';
import type { ImportOutcome } from './provider-import.api';

type RowError = ProviderImportResult['errors'][number];

/** The end of an import: the counts when it was saved, or every row error when nothing was. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();

  if (outcome.ok) {
    return (
      <Result
        status="success"
        title={t('providers.import.successTitle')}
        subTitle={t('providers.import.summary', {
          rows: t('providers.import.rows', { count: outcome.report.total }),
          created: t('providers.import.created', { count: outcome.report.created }),
          updated: t('providers.import.updated', { count: outcome.report.updated }),
        })}
      />
    );
  }

  const columns: TableProps<RowError>['columns'] = [
    { key: 'line', dataIndex: 'line', title: t('providers.import.columns.line'), width: 80, align: 'right' },
    {
      key: 'field',
      dataIndex: 'field',
      title: t('providers.import.columns.column'),
      width: 200,
      render: (field: string | null) =>
        field === null ? (
          <Typography.Text type="secondary">{t('providers.import.wholeRow')}</Typography.Text>
        ) : (
          <Typography.Text code>{importColumnOf(field)}</Typography.Text>
        ),
    },
    { key: 'message', dataIndex: 'message', title: t('providers.import.columns.message') },
  ];
  const errors = outcome.report?.errors ?? [];

  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('providers.import.rejectedTitle')}
        description={
          errors.length > 0 ? t('providers.import.rejected', { count: errors.length }) : outcome.message
        }
        style={{ marginBottom: 16 }}
      />
      {errors.length > 0 ? (
        <Table<RowError>
          rowKey={(error) => `${error.line}:${error.field ?? ''}:${error.message}`}
          size="small"
          columns={columns}
          dataSource={errors}
          title={() => <Typography.Text strong>{t('providers.import.rowErrors')}</Typography.Text>}
          pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        />
      ) : null}
    </>
  );
}
