import { formatSerialForDisplay, type StaffReport, type ValidationMessage } from '@siui/core';
import { Flex, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SeverityTag } from './ReportTags';

/** The validation messages of one report, by line (the expanded row). */
export function ReportMessages({ report }: { report: StaffReport }) {
  const { t } = useTranslation();
  const columns: TableProps<ValidationMessage>['columns'] = [
    {
      key: 'line',
      dataIndex: 'line',
      title: t('reports.messages.columns.line'),
      width: 110,
      render: (line: number | undefined) =>
        line ?? <Typography.Text type="secondary">{t('reports.messages.wholeReport')}</Typography.Text>,
    },
    {
      key: 'severity',
      dataIndex: 'severity',
      title: t('reports.messages.columns.severity'),
      width: 130,
      render: (severity: ValidationMessage['severity']) => <SeverityTag severity={severity} />,
    },
    {
      key: 'code',
      dataIndex: 'code',
      title: t('reports.messages.columns.code'),
      width: 200,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { key: 'message', dataIndex: 'message', title: t('reports.messages.columns.message') },
  ];

  return (
    <Flex vertical gap={8} style={{ padding: '4px 0' }}>
      <Flex gap={24} wrap>
        {report.certificateSerial ? (
          <Typography.Text type="secondary">
            {t('reports.messages.certificate', { serial: formatSerialForDisplay(report.certificateSerial) })}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">
          {t('reports.messages.idempotencyKey', { key: report.idempotencyKey })}
        </Typography.Text>
      </Flex>
      <Table<ValidationMessage>
        rowKey={(message) => `${message.line ?? 0}:${message.code}:${message.message}`}
        size="small"
        columns={columns}
        dataSource={report.messages}
        pagination={report.messages.length > 20 ? { pageSize: 20, size: 'small' } : false}
        aria-label={t('reports.messages.title')}
      />
    </Flex>
  );
}
