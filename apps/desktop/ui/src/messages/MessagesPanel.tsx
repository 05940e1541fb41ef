import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredMessage } from '../../../src/local-api/local-api.types';
import { useMessages } from '../api/queries';

/**
 * The latest validation messages received from SIUI, from the local database, at the bottom of
 * the window above the status bar (seed 3.2, figure 11).
 */
export function MessagesPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const messages = useMessages(true);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section
      ref={panel}
      id="messages-panel"
      tabIndex={-1}
      aria-label={t('messages.title')}
      data-testid="messages-panel"
      style={{
        flex: 'none',
        height: 260,
        display: 'flex',
        flexDirection: 'column',
        background: '#fff',
        borderTop: '2px solid #1f5aa6',
      }}
    >
      <Flex align="center" justify="space-between" style={{ padding: '4px 12px', background: '#e8eef7' }}>
        <Typography.Text strong>{t('messages.title')}</Typography.Text>
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('messages.close')}
          onClick={onClose}
        />
      </Flex>
      <div style={{ flex: 1, minHeight: 0, padding: '0 12px' }}>
        <Table<StoredMessage>
          size="small"
          rowKey="id"
          pagination={false}
          loading={messages.isLoading}
          dataSource={messages.data ?? []}
          scroll={{ y: 190 }}
          locale={{ emptyText: t('messages.empty') }}
          columns={[
            {
              title: t('messages.time'),
              dataIndex: 'receivedAt',
              width: 150,
              render: (value: string) => dayjs(value).format('DD.MM.YYYY HH:mm:ss'),
            },
            {
              title: t('messages.severity'),
              dataIndex: 'severity',
              width: 120,
              render: (severity: StoredMessage['severity']) => (
                <Tag color={severity === 'error' ? 'red' : 'gold'}>{t(`messages.${severity}`)}</Tag>
              ),
            },
            {
              title: t('messages.code'),
              dataIndex: 'code',
              width: 190,
              render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
            },
            { title: t('messages.text'), dataIndex: 'message', ellipsis: true },
            {
              title: t('messages.report'),
              key: 'report',
              width: 150,
              render: (_: unknown, row: StoredMessage) =>
                row.line === null ? row.period : `${row.period}, ${t('messages.line', { line: row.line })}`,
            },
          ]}
        />
      </div>
    </section>
  );
}
