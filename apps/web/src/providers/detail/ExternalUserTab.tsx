import type { Provider } from '@siui/core';
import { Alert, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasRight } from '../../auth/session';
import { userDetailPath, usersOfProviderPath } from '../../users/user-paths';

/**
 * *Utilizator extern*: the provider's account in SIUI, created with its first activation key and
 * named `<CUI>_<house>` (seed 2.2.1). It has no roles or rights: it never logs in to the console.
 */
export function ExternalUserTab({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const canViewUsers = useHasRight('USERS_VIEW');
  const user = provider.externalUser;

  if (user === null) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('providers.externalUser.none', {
          username: `${provider.fiscalCode}_${provider.insuranceHouse}`,
        })}
      />
    );
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'username',
            label: t('providers.externalUser.username'),
            children: canViewUsers ? (
              <Link to={userDetailPath(user.id)}>{user.username}</Link>
            ) : (
              <Typography.Text strong>{user.username}</Typography.Text>
            ),
          },
          { key: 'kind', label: t('users.columns.kind'), children: t('users.kind.external') },
          { key: 'provider', label: t('users.detail.providerCode'), children: provider.code },
        ]}
      />
      {canViewUsers ? (
        <Flex gap={16} wrap>
          <Link to={userDetailPath(user.id)}>{t('providers.externalUser.openDetail')}</Link>
          <Link to={usersOfProviderPath(provider.code)}>{t('providers.externalUser.openList')}</Link>
        </Flex>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('users.detail.externalNote')}
      </Typography.Paragraph>
    </Flex>
  );
}
