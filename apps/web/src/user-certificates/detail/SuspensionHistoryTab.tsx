import type { UserCertificateDetail } from '@siui/core';
import { Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeSeconds } from '../../common/format-date';

type SuspensionEvent = UserCertificateDetail['suspensions'][number];

/** *Istoric suspendări*: each suspension and its lifting — who, when, why — newest first. */
export function SuspensionHistoryTab({ certificate }: { certificate: UserCertificateDetail }) {
  const { t } = useTranslation();
  const events = [...certificate.suspensions].sort((a, b) => b.at.localeCompare(a.at));

  const columns: TableProps<SuspensionEvent>['columns'] = [
    {
      key: 'at',
      dataIndex: 'at',
      title: t('userCertificates.history.columns.at'),
      render: (at: string) => formatDateTimeSeconds(at),
    },
    {
      key: 'action',
      dataIndex: 'suspended',
      title: t('userCertificates.history.columns.action'),
      render: (suspended: boolean) => (
        <Tag color={suspended ? 'red' : 'green'}>
          {t(`userCertificates.history.action.${suspended ? 'true' : 'false'}`)}
        </Tag>
      ),
    },
    {
      key: 'by',
      dataIndex: 'by',
      title: t('userCertificates.history.columns.by'),
      render: (by: string | null) => by ?? t('userCertificates.history.unknownUser'),
    },
    {
      key: 'reason',
      dataIndex: 'reason',
      title: t('userCertificates.history.columns.reason'),
      render: (reason: string | null) =>
        reason ? (
          <div style={{ maxWidth: 480, whiteSpace: 'pre-wrap' }}>{reason}</div>
        ) : (
          <Typography.Text type="secondary">{t('userCertificates.detail.none')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('userCertificates.history.intro')}</Typography.Paragraph>
      <Table<SuspensionEvent>
        rowKey={(event) => `${event.at}:${String(event.suspended)}`}
        size="middle"
        columns={columns}
        dataSource={events}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('userCertificates.history.empty') }}
      />
    </>
  );
}
