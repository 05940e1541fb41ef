import { Alert, Button, Descriptions, Flex } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivationResponse } from '../../../src/local-api/local-api.types';

/** The wizard's last page: whose application this now is. */
export function ActivationResult({
  result,
  onGoCertificate,
  onAgain,
}: {
  result: ActivationResponse;
  onGoCertificate: () => void;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const { provider, house } = result;
  const date = (iso: string) => dayjs(iso).format('DD.MM.YYYY');
  // The button that activated is gone with its step: the focus goes to the news, not to the body.
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => done.current?.focus(), []);
  return (
    <Flex vertical gap={16}>
      <div ref={done} tabIndex={-1} data-testid="activation-done">
        <Alert type="success" showIcon title={t('activation.success')} description={provider.name} />
      </div>
      <Descriptions
        column={1}
        bordered
        size="small"
        data-testid="activation-result"
        styles={{ label: { width: 200 } }}
      >
        <Descriptions.Item label={t('activation.provider')}>{provider.name}</Descriptions.Item>
        <Descriptions.Item label={t('activation.providerCode')}>{provider.code}</Descriptions.Item>
        <Descriptions.Item label={t('activation.fiscalCode')}>{provider.fiscalCode}</Descriptions.Item>
        <Descriptions.Item label={t('activation.house')}>{`${house.name} (${house.code})`}</Descriptions.Item>
        <Descriptions.Item label={t('activation.contract')}>
          {t('activation.contractValue', {
            number: provider.contract.number,
            start: date(provider.contract.start),
            end: date(provider.contract.end),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('activation.localData')}>
          {t(`activation.localData${result.localData}`, { file: result.archiveFile ?? '' })}
        </Descriptions.Item>
      </Descriptions>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onAgain}>{t('activation.again')}</Button>
        <Button type="primary" onClick={onGoCertificate}>
          {t('activation.goCertificate')}
        </Button>
      </Flex>
    </Flex>
  );
}
