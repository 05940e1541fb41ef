import type { Installation } from '@siui/core';
import { Alert, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../common/api-error-message';
import { formatDateTime } from '../../common/format-date';
import { useInstallations } from '../activation-keys.api';

/** *Instalări*: where the provider's reporting application was activated (seed 3.1). */
export function InstallationsTab({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const installations = useInstallations(providerId);

  const columns: TableProps<Installation>['columns'] = [
    {
      key: 'installationId',
      dataIndex: 'installationId',
      title: t('providers.installations.columns.installationId'),
      render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
    },
    {
      key: 'activatedAt',
      dataIndex: 'activatedAt',
      title: t('providers.installations.columns.activatedAt'),
      render: (at: string) => formatDateTime(at),
    },
    {
      key: 'clientIp',
      dataIndex: 'clientIp',
      title: t('providers.installations.columns.clientIp'),
      render: (ip: string | null) => ip ?? t('common.none'),
    },
    {
      key: 'reactivate',
      dataIndex: 'reactivateCurrentDatabase',
      title: t('providers.installations.columns.reactivate'),
      render: (reactivate: boolean) => t(reactivate ? 'common.yes' : 'common.no'),
    },
    {
      key: 'keyGeneration',
      dataIndex: 'keyGeneration',
      title: t('providers.installations.columns.keyGeneration'),
      align: 'right',
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('providers.installations.intro')}</Typography.Paragraph>
      {installations.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorMessage(installations.error, t)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<Installation>
        rowKey="installationId"
        size="middle"
        columns={columns}
        dataSource={installations.data ?? []}
        loading={installations.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('providers.installations.empty') }}
      />
    </>
  );
}
