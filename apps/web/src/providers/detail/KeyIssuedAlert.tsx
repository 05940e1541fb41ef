import type { Provider } from '@siui/core';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usersOfProviderPath } from '../../users/user-paths';
import type { KeyOperation } from '../activation-keys.api';

interface KeyIssuedAlertProps {
  provider: Provider;
  operation: KeyOperation;
  /** The downloaded file's name (`generatePassword.pdf`). */
  file: string;
  onClose: () => void;
}

/** After a key is issued: what to hand to the provider, and where its external user is (seed 2.2.1). */
export function KeyIssuedAlert({ provider, operation, file, onClose }: KeyIssuedAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      style={{ marginTop: 16 }}
      title={t(operation === 'generate' ? 'providers.key.issuedGenerated' : 'providers.key.issuedReset')}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>{t('providers.key.handOver', { file })}</Typography.Text>
          {provider.externalUser ? (
            <Typography.Text>
              {t('providers.key.externalUser', { username: provider.externalUser.username })}{' '}
              <Link to={usersOfProviderPath(provider.code)}>
                {t('providers.key.openUsers', { code: provider.code })}
              </Link>
            </Typography.Text>
          ) : null}
        </Flex>
      }
      data-testid="key-issued"
    />
  );
}
