import { Alert, Descriptions, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../src/local-api/local-api.types';
import { MessagesTable, ReportStatusTag, SiuiStateTag } from './ReportLabels';

/** After *Trimite*: in the outbox until delivered, then SIUI's state and validation messages. */
export function ReportAnswer({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} style={{ marginTop: 20 }} data-testid="report-answer">
      {report.status === 'OUTBOX' && <Alert type="info" showIcon title={t('reports.queued')} />}
      {report.lastError && report.status !== 'SENT' && (
        <Alert
          type={report.status === 'REJECTED' ? 'error' : 'warning'}
          showIcon
          title={t('reports.lastError', { message: report.lastError.message })}
        />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('reports.answerTitle')}
      </Typography.Title>
      <Descriptions column={2} bordered size="small">
        <Descriptions.Item label={t('reports.status')}>
          <ReportStatusTag status={report.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.siuiState')}>
          <SiuiStateTag state={report.siui?.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.lines')}>
          {report.siui
            ? t('reports.acceptedLines', { accepted: report.siui.acceptedLines, total: report.lines.length })
            : report.lines.length}
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.sent')}>
          {report.sentAt ? dayjs(report.sentAt).format('DD.MM.YYYY HH:mm') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.idempotencyKey')} span={2}>
          <Typography.Text type="secondary" copyable>
            {report.idempotencyKey}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {report.status === 'SENT' &&
        (report.messages.length === 0 ? (
          <Alert type="success" showIcon title={t('reports.noMessages')} />
        ) : (
          <MessagesTable
            messages={report.messages.map((message) => ({ ...message, line: message.line ?? undefined }))}
            testId="siui-messages"
          />
        ))}
    </Flex>
  );
}
