import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Collapse, Flex, Form, Input, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivationResponse } from '../../../src/local-api/local-api.types';
import { api, errorText } from '../api/client';
import { useLocalData, useStatus } from '../api/queries';
import { currentLanguage } from '../i18n/i18n';
import { ActivationResult } from './ActivationResult';
import { HouseSelect } from './HouseSelect';
import { LicenseKeyBoxes } from './LicenseKeyBoxes';
import { checkGroups, EMPTY_GROUPS, type KeyGroups } from './license-key-groups';

/**
 * *Administrare / Activare* (seed 3.1, figures 8–9): step 1 *Reactivare bază de date curentă*,
 * step 2 the license serial and the insurance house, then the provider's identity.
 */
export function ActivationWizard({ onGoCertificate }: { onGoCertificate: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const status = useStatus();
  const localData = useLocalData();
  const [step, setStep] = useState(0);
  const [reactivate, setReactivate] = useState(false);
  const [groups, setGroups] = useState<KeyGroups>(EMPTY_GROUPS);
  const [house, setHouse] = useState<string | undefined>();
  const [typedServerUrl, setTypedServerUrl] = useState<string | undefined>();
  const serverUrl = typedServerUrl ?? status.data?.serverUrl ?? '';
  const check = checkGroups(groups, currentLanguage());
  const existing = localData.data?.provider ?? null;

  const activate = useMutation({
    mutationFn: (newDatabase: boolean) =>
      api<ActivationResponse>('POST', '/api/activation', {
        licenseSerial: groups.join('-'),
        insuranceHouse: house,
        reactivate,
        newDatabase,
        serverUrl,
      }),
    onSuccess: () => {
      setStep(2);
      setGroups(EMPTY_GROUPS);
      void queryClient.invalidateQueries();
    },
  });

  const submit = () => {
    if (reactivate || !existing) {
      activate.mutate(false);
      return;
    }
    modal.confirm({
      title: t('activation.confirmNewTitle'),
      content: t('activation.confirmNewBody', {
        name: existing.name,
        code: existing.code,
        reports: localData.data?.reports ?? 0,
        outbox: localData.data?.outbox ?? 0,
      }),
      okText: t('activation.confirmNewOk'),
      okButtonProps: { danger: true },
      cancelText: t('activation.cancel'),
      onOk: () => activate.mutate(true),
    });
  };

  const current = status.data?.activation;
  return (
    <Card
      title={t('activation.title')}
      data-testid="activation-wizard"
      style={{ width: '100%', maxWidth: 860, margin: '0 auto' }}
    >
      {current && step < 2 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 20 }}
          title={t('activation.current', {
            name: current.provider.name,
            code: current.provider.code,
            house: current.house.name,
            date: dayjs(current.activatedAt).format('DD.MM.YYYY HH:mm'),
          })}
        />
      )}
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 28 }}
        items={[
          { title: t('activation.steps.options') },
          { title: t('activation.steps.serial') },
          { title: t('activation.steps.result') },
        ]}
      />

      {step === 0 && (
        <Flex vertical gap={16}>
          <Checkbox checked={reactivate} onChange={(event) => setReactivate(event.target.checked)}>
            {t('activation.reactivate')}
          </Checkbox>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('activation.reactivateHelp')}
          </Typography.Paragraph>
          {existing && !reactivate && (
            <Alert
              type="warning"
              showIcon
              title={t('activation.localDataWarning', {
                name: existing.name,
                code: existing.code,
                reports: localData.data?.reports ?? 0,
                outbox: localData.data?.outbox ?? 0,
              })}
            />
          )}
          <Collapse
            size="small"
            ghost
            styles={{ header: { paddingInline: 0 }, body: { paddingInline: 0 } }}
            items={[
              {
                key: 'connection',
                label: t('activation.connectionSettings'),
                children: (
                  <Form.Item
                    label={t('activation.serverUrl')}
                    htmlFor="siui-server-url"
                    extra={t('activation.serverUrlHint')}
                    style={{ margin: 0 }}
                  >
                    <Input
                      id="siui-server-url"
                      value={serverUrl}
                      onChange={(event) => setTypedServerUrl(event.target.value)}
                      style={{ width: 360 }}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Flex justify="flex-end">
            <Button type="primary" onClick={() => setStep(1)}>
              {t('activation.next')}
            </Button>
          </Flex>
        </Flex>
      )}

      {step === 1 && (
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('activation.serialLabel')} extra={t('activation.serialHelp')} required>
            <LicenseKeyBoxes value={groups} onChange={setGroups} />
          </Form.Item>
          <Form.Item label={t('activation.house')} required>
            <HouseSelect value={house} onChange={setHouse} />
          </Form.Item>
          {activate.error && (
            <Alert
              type="error"
              showIcon
              title={errorText(activate.error)}
              style={{ marginBottom: 16 }}
              data-testid="activation-error"
            />
          )}
          <Flex justify="space-between">
            <Button onClick={() => setStep(0)}>{t('activation.back')}</Button>
            <Button
              type="primary"
              htmlType="submit"
              disabled={check.kind !== 'ok' || !house}
              loading={activate.isPending}
            >
              {t('activation.next')}
            </Button>
          </Flex>
        </Form>
      )}

      {step === 2 && activate.data && (
        <ActivationResult
          result={activate.data}
          onGoCertificate={onGoCertificate}
          onAgain={() => {
            activate.reset();
            setStep(0);
          }}
        />
      )}
    </Card>
  );
}
