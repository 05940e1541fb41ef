import { formatSerialForDisplay, type OcspLogEntry } from '@siui/core';
import { Empty, Flex, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { formatDateTimeSeconds } from '../common/format-date';
import { useHouseNames } from '../insurance-houses/insurance-houses.api';
import { SerialText } from '../pki/SerialText';
import { claimedUsernameOf } from './claimed-user';
import { OperationResultTag } from './OperationResultTag';
import { reasonLabel } from './reason-label';

interface OcspLogTableProps {
  entries: OcspLogEntry[];
  loading: boolean;
}

/** Time, provider, user, certificate serial, operation, result, reason, client address. */
export function OcspLogTable({ entries, loading }: OcspLogTableProps) {
  const { t } = useTranslation();
  const houseName = useHouseNames();
  const seesAllHouses = useSession().scope === 'ALL';
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const columns: TableProps<OcspLogEntry>['columns'] = [
    {
      key: 'at',
      dataIndex: 'at',
      title: t('ocspLog.columns.at'),
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTimeSeconds(at)}</span>,
    },
    {
      key: 'provider',
      title: t('ocspLog.columns.provider'),
      render: (_value, entry) => (
        <Flex vertical>
          {entry.providerCode ? <Typography.Text strong>{entry.providerCode}</Typography.Text> : none}
          {entry.externalUsername ? (
            <Typography.Text type="secondary">{entry.externalUsername}</Typography.Text>
          ) : claimedUsernameOf(entry) ? (
            <Typography.Text type="secondary" italic>
              {t('ocspLog.claimedUser', { name: claimedUsernameOf(entry) })}
            </Typography.Text>
          ) : null}
          {seesAllHouses && entry.insuranceHouse ? (
            <Tooltip title={houseName(entry.insuranceHouse)}>
              <Typography.Text type="secondary">{entry.insuranceHouse}</Typography.Text>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'serial',
      dataIndex: 'certificateSerial',
      title: t('ocspLog.columns.serial'),
      render: (serial: string | null) =>
        serial ? (
          <div style={{ maxWidth: 230 }}>
            <SerialText value={formatSerialForDisplay(serial)} small />
          </div>
        ) : (
          none
        ),
    },
    {
      key: 'operation',
      dataIndex: 'operation',
      title: t('ocspLog.columns.operation'),
      render: (operation: OcspLogEntry['operation']) => t(`ocspLog.operations.${operation}`),
    },
    {
      key: 'result',
      dataIndex: 'result',
      title: t('ocspLog.columns.result'),
      render: (result: OcspLogEntry['result']) => <OperationResultTag result={result} />,
    },
    {
      key: 'reason',
      dataIndex: 'reasonCode',
      title: t('ocspLog.columns.reason'),
      render: (code: string | null) =>
        code ? (
          <Tooltip title={code}>
            <div style={{ maxWidth: 190, whiteSpace: 'normal' }}>{reasonLabel(code, t)}</div>
          </Tooltip>
        ) : (
          none
        ),
    },
    {
      key: 'clientIp',
      dataIndex: 'clientIp',
      title: t('ocspLog.columns.clientIp'),
      render: (ip: string | null) => ip ?? none,
    },
  ];

  return (
    <Table<OcspLogEntry>
      caption={t('menu.ocspLog')}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ocspLog.empty')} /> }}
    />
  );
}
