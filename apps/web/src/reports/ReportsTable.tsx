import type { Page, ReportsQuery, StaffReport } from '@siui/core';
import { Empty, Flex, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { formatDateTime } from '../common/format-date';
import { pageFromTable, serverPagination } from '../common/server-paged-table';
import { useHouseNames } from '../insurance-houses/insurance-houses.api';
import { ProviderCategoryTag } from '../providers/ProviderTags';
import { ReportMessages } from './ReportMessages';
import { ReportStateTag } from './ReportTags';

interface ReportsTableProps {
  query: ReportsQuery;
  page: Page<StaffReport> | undefined;
  loading: boolean;
  onPageChange: (change: Pick<ReportsQuery, 'page' | 'pageSize'>) => void;
}

function MessageCounts({ report }: { report: StaffReport }) {
  const { t } = useTranslation();
  const errors = report.messages.filter((message) => message.severity === 'error').length;
  const warnings = report.messages.length - errors;
  if (report.messages.length === 0)
    return <Typography.Text type="secondary">{t('reports.messageCount.none')}</Typography.Text>;
  return (
    <Flex vertical>
      {errors > 0 ? (
        <Typography.Text type="danger">{t('reports.messageCount.errors', { count: errors })}</Typography.Text>
      ) : null}
      {warnings > 0 ? (
        <Typography.Text type="warning">
          {t('reports.messageCount.warnings', { count: warnings })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** Received reports: provider, type, period, state, lines accepted of total; a row unfolds to its messages. */
export function ReportsTable({ query, page, loading, onPageChange }: ReportsTableProps) {
  const { t } = useTranslation();
  const houseName = useHouseNames();
  const seesAllHouses = useSession().scope === 'ALL';

  const columns: TableProps<StaffReport>['columns'] = [
    {
      key: 'receivedAt',
      dataIndex: 'receivedAt',
      title: t('reports.columns.receivedAt'),
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
    {
      key: 'provider',
      title: t('reports.columns.provider'),
      render: (_value, report) => (
        <Flex vertical style={{ minWidth: 180, maxWidth: 320, whiteSpace: 'normal' }}>
          <Typography.Text strong>{report.provider.code}</Typography.Text>
          <Typography.Text type="secondary">{report.provider.name}</Typography.Text>
          {seesAllHouses ? (
            <Tooltip title={houseName(report.insuranceHouse)}>
              <Typography.Text type="secondary">{report.insuranceHouse}</Typography.Text>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'type',
      dataIndex: 'type',
      title: t('reports.columns.type'),
      render: (type: StaffReport['type']) => <ProviderCategoryTag category={type} />,
    },
    { key: 'period', dataIndex: 'period', title: t('reports.columns.period') },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('reports.columns.state'),
      render: (state: StaffReport['state']) => <ReportStateTag state={state} />,
    },
    {
      key: 'lines',
      title: t('reports.columns.lines'),
      align: 'right',
      render: (_value, report) => `${report.acceptedLines} / ${report.lineCount}`,
    },
    {
      key: 'messages',
      title: t('reports.columns.messages'),
      render: (_value, report) => <MessageCounts report={report} />,
    },
  ];

  return (
    <Table<StaffReport>
      caption={t('menu.reports')}
      rowKey="reportId"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (report) => <ReportMessages report={report} />,
        rowExpandable: (report) => report.messages.length > 0,
      }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.empty')} />,
      }}
      pagination={serverPagination(query, page?.total, (total) => t('reports.total', { count: total }))}
      onChange={(pagination) => onPageChange(pageFromTable(pagination, query))}
    />
  );
}
