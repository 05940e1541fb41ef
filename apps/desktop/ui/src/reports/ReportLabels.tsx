import type { ReportState, ValidationMessage } from '@siui/core';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../src/local-api/local-api.types';

const STATUS_COLORS: Record<ReportStatus, string> = {
  DRAFT: 'default',
  OUTBOX: 'processing',
  SENT: 'blue',
  REJECTED: 'red',
};
const STATE_COLORS: Record<ReportState, string> = {
  VALID: 'green',
  PARTIALLY_VALID: 'orange',
  INVALID: 'red',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`reports.statuses.${status}`)}</Tag>;
}

export function SiuiStateTag({ state }: { state: ReportState | undefined }) {
  const { t } = useTranslation();
  if (!state) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Tag color={STATE_COLORS[state]}>{t(`reports.states.${state}`)}</Tag>;
}

/** Validation messages of one report: the local pre-check's or SIUI's. */
export function MessagesTable({
  messages,
  testId,
}: {
  messages: readonly ValidationMessage[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<ValidationMessage>
      size="small"
      data-testid={testId}
      rowKey={(message) => `${message.line ?? 0}-${message.code}-${message.message}`}
      pagination={false}
      dataSource={[...messages]}
      columns={[
        { title: t('reports.lines'), dataIndex: 'line', width: 70, render: (line?: number) => line ?? '—' },
        {
          title: t('messages.severity'),
          dataIndex: 'severity',
          width: 120,
          render: (severity: ValidationMessage['severity']) => (
            <Tag color={severity === 'error' ? 'red' : 'gold'}>{t(`messages.${severity}`)}</Tag>
          ),
        },
        {
          title: t('messages.code'),
          dataIndex: 'code',
          width: 200,
          render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
        },
        { title: t('messages.text'), dataIndex: 'message' },
      ]}
    />
  );
}
