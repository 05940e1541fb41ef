import { DisconnectOutlined, LinkOutlined, MessageOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Divider, Flex, Typography } from 'antd';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../../src/local-api/connection-status';
import type { StatusResponse } from '../../../src/local-api/local-api.types';
import { api, errorText } from '../api/client';
import { queryKeys } from '../api/queries';
import { TrafficLight } from './TrafficLight';

/** The status bar's text: our own words for our own states, SIUI's words for its refusals. */
function useConnectionText(connection: ConnectionStatus | undefined): string {
  const { t } = useTranslation();
  if (!connection) return t('common.loading');
  const own = connection.phase !== 'REFUSED' && !(connection.phase === 'OFFLINE' && connection.code);
  let text = own ? t(`status.phase.${connection.phase}`) : connection.message;
  if (connection.retryAt) {
    const seconds = Math.ceil((Date.parse(connection.retryAt) - Date.now()) / 1000);
    text = `${text} — ${seconds > 0 ? t('status.retryIn', { seconds }) : t('status.retryingNow')}`;
  }
  return text;
}

export function StatusBar({
  status,
  messagesOpen,
  messagesButton,
  onToggleMessages,
}: {
  status: StatusResponse | undefined;
  messagesOpen: boolean;
  messagesButton: RefObject<HTMLButtonElement | null>;
  onToggleMessages: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const connection = status?.connection;
  const text = useConnectionText(connection);
  // Retrying counts as connected: Deconectare is how the user stops the retries.
  const active =
    connection !== undefined &&
    ((connection.phase !== 'OFFLINE' && connection.phase !== 'REFUSED') || connection.retryAt !== null);
  const toggle = useMutation({
    mutationFn: () =>
      api<ConnectionStatus>('POST', active ? '/api/connection/disconnect' : '/api/connection/connect'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.status }),
    onError: (error) => message.error(errorText(error)),
  });

  return (
    <Flex
      role="region"
      aria-label={t('status.barLabel')}
      data-testid="status-bar"
      align="center"
      gap={10}
      onDoubleClick={onToggleMessages}
      title={t('status.hint')}
      style={{
        height: 36,
        flex: 'none',
        padding: '0 12px',
        background: '#f7f8fa',
        borderTop: '1px solid #c9ced6',
        userSelect: 'none',
        cursor: 'default',
      }}
    >
      <TrafficLight light={connection?.light ?? 'red'} />
      {/* Only the connection's words are live: a screen reader hears "Conectat la SIUI" once, politely. */}
      <Typography.Text
        role="status"
        aria-live="polite"
        aria-atomic
        data-testid="status-message"
        ellipsis
        style={{ flex: 1, minWidth: 0 }}
        title={text}
      >
        {text}
      </Typography.Text>
      <Divider orientation="vertical" />
      <Typography.Text data-testid="status-outbox" style={{ whiteSpace: 'nowrap' }}>
        {t('status.outbox', { count: status?.outbox ?? 0 })}
      </Typography.Text>
      <Divider orientation="vertical" />
      <Button
        ref={messagesButton}
        size="small"
        icon={<MessageOutlined />}
        aria-expanded={messagesOpen}
        aria-controls="messages-panel"
        data-testid="status-messages-button"
        onDoubleClick={(event) => event.stopPropagation()}
        onClick={onToggleMessages}
      >
        {t('status.messages')}
      </Button>
      <Button
        size="small"
        type={active ? 'default' : 'primary'}
        icon={active ? <DisconnectOutlined /> : <LinkOutlined />}
        disabled={!status?.activation}
        loading={toggle.isPending}
        onDoubleClick={(event) => event.stopPropagation()}
        onClick={() => toggle.mutate()}
      >
        {active ? t('status.disconnect') : t('status.connect')}
      </Button>
    </Flex>
  );
}
