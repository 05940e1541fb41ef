import { KeyOutlined, SyncOutlined } from '@ant-design/icons';
import type { Provider } from '@siui/core';
import { App, Button, Card, Flex, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/session';
import { formatDateTime } from '../../common/format-date';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { type KeyOperation, useActivationKeyHistory, useIssueActivationKey } from '../activation-keys.api';
import { KeyStateTag } from '../ProviderTags';
import { KeyIssuedAlert } from './KeyIssuedAlert';

/**
 * The seed's figure 1: *Generare parolă* for a provider that never had a key, *Resetare parolă*
 * (after a confirmation) for one that has. Either downloads `generatePassword.pdf`.
 */
export function ActivationKeyPanel({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { modal } = App.useApp();
  const canIssue = useHasRight('ACTIVATION_KEYS_GENERATE');
  const history = useActivationKeyHistory(provider.id);
  const issue = useIssueActivationKey(provider.id);
  const notifyError = useErrorNotifier();
  const [issued, setIssued] = useState<{ operation: KeyOperation; file: string } | null>(null);
  const current = history.data?.find((event) => event.current);

  const run = (operation: KeyOperation) =>
    issue.mutateAsync(operation).then((file) => setIssued({ operation, file }), notifyError);

  function confirmReset() {
    modal.confirm({
      title: t('providers.key.resetConfirmTitle', { code: provider.code }),
      content: t('providers.key.resetConfirm'),
      okText: t('providers.key.reset'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      width: 520,
      onOk: () => run('reset'),
    });
  }

  let state = t('providers.key.none');
  if (provider.keyState === 'ACTIVE') {
    state = current
      ? t('providers.key.active', {
          generation: current.generation,
          at: formatDateTime(current.at),
          by: current.by ?? t('providers.history.unknownUser'),
        })
      : t('providers.key.activeUnknown');
  }

  return (
    <Card
      style={{ marginBottom: 16, borderColor: token.colorPrimaryBorder, background: token.colorPrimaryBg }}
      styles={{ body: { padding: 20 } }}
      data-testid="activation-key-panel"
    >
      <Flex justify="space-between" align="center" gap={24} wrap>
        <Flex gap={16} align="flex-start" style={{ flex: '1 1 480px' }}>
          <KeyOutlined style={{ fontSize: 28, color: token.colorPrimary, marginTop: 4 }} />
          <Flex vertical gap={4}>
            <Flex align="center" gap={8}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('providers.key.title')}
              </Typography.Title>
              <KeyStateTag keyState={provider.keyState} />
            </Flex>
            <Typography.Text>{state}</Typography.Text>
            <Typography.Text type="secondary">{t('providers.key.note')}</Typography.Text>
          </Flex>
        </Flex>
        {!canIssue ? (
          <Typography.Text type="secondary">{t('providers.key.noRight')}</Typography.Text>
        ) : provider.keyState === 'NONE' ? (
          <Button
            type="primary"
            size="large"
            icon={<KeyOutlined />}
            loading={issue.isPending}
            onClick={() => void run('generate')}
          >
            {t('providers.key.generate')}
          </Button>
        ) : (
          <Button
            type="primary"
            danger
            size="large"
            icon={<SyncOutlined />}
            loading={issue.isPending}
            onClick={confirmReset}
          >
            {t('providers.key.reset')}
          </Button>
        )}
      </Flex>
      {issued ? (
        <KeyIssuedAlert
          provider={provider}
          operation={issued.operation}
          file={issued.file}
          onClose={() => setIssued(null)}
        />
      ) : null}
    </Card>
  );
}
