import type { ActivationKeyEvent } from '@siui/core';
import { Alert, Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../common/api-error-message';
import { formatDateTime } from '../../common/format-date';
import { useActivationKeyHistory } from '../activation-keys.api';

/** *Istoric chei*: each generation and reset, who did it and when the key died; never a key. */
export function KeyHistoryTab({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const history = useActivationKeyHistory(providerId);
  const who = (username: string | null) => username ?? t('providers.history.unknownUser');

  const columns: TableProps<ActivationKeyEvent>['columns'] = [
    {
      key: 'generation',
      dataIndex: 'generation',
      title: t('providers.history.columns.generation'),
      align: 'right',
      width: 110,
    },
    {
      key: 'action',
      dataIndex: 'action',
      title: t('providers.history.columns.action'),
      render: (action: ActivationKeyEvent['action']) => (
        <Tag color={action === 'GENERATED' ? 'blue' : 'orange'}>
          {t(`providers.history.action.${action}`)}
        </Tag>
      ),
    },
    {
      key: 'at',
      dataIndex: 'at',
      title: t('providers.history.columns.at'),
      render: (at: string) => formatDateTime(at),
    },
    { key: 'by', dataIndex: 'by', title: t('providers.history.columns.by'), render: who },
    {
      key: 'state',
      title: t('providers.history.columns.state'),
      render: (_value, event) =>
        event.current ? (
          <Tag color="green">{t('providers.history.current')}</Tag>
        ) : (
          <Typography.Text type="secondary">
            {t('providers.history.revoked', {
              at: event.revokedAt ? formatDateTime(event.revokedAt) : '—',
              by: who(event.revokedBy),
            })}
          </Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('providers.history.intro')}</Typography.Paragraph>
      {history.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(history.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<ActivationKeyEvent>
        rowKey="generation"
        size="middle"
        columns={columns}
        dataSource={history.data ?? []}
        loading={history.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('providers.history.empty') }}
      />
    </>
  );
}
