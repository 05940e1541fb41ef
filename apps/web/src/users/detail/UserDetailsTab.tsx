import { Badge, Descriptions, type DescriptionsProps, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/session';
import { formatDateTime } from '../../common/format-date';
import { useHouseNames } from '../../insurance-houses/insurance-houses.api';
import { UserKindTag } from '../UserKindTag';
import type { UserWithRights } from '../users.api';
import { ActiveSwitch } from './ActiveSwitch';
import { FullNameForm } from './FullNameForm';
import { ResetPasswordButton } from './ResetPasswordButton';

/** *Detalii*: who the user is; internal users can be renamed, (de)activated and given a new password. */
export function UserDetailsTab({ user }: { user: UserWithRights }) {
  const { t } = useTranslation();
  const houseName = useHouseNames();
  const canManage = useHasRight('USERS_MANAGE');
  const editable = canManage && user.kind === 'internal';

  const items: DescriptionsProps['items'] = [
    { key: 'username', label: t('users.columns.username'), children: user.username },
    { key: 'kind', label: t('users.columns.kind'), children: <UserKindTag kind={user.kind} /> },
    { key: 'fullName', label: t('users.columns.fullName'), children: user.fullName },
    {
      key: 'house',
      label: t('users.columns.house'),
      children: `${user.insuranceHouse} — ${houseName(user.insuranceHouse)}`,
    },
    {
      key: 'active',
      label: t('users.columns.active'),
      children: editable ? (
        <ActiveSwitch user={user} />
      ) : (
        <Badge
          status={user.active ? 'success' : 'default'}
          text={t(user.active ? 'users.state.active' : 'users.state.inactive')}
        />
      ),
    },
    {
      key: 'lastLogin',
      label: t('users.columns.lastLogin'),
      children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.detail.never'),
    },
    { key: 'createdAt', label: t('users.columns.createdAt'), children: formatDateTime(user.createdAt) },
    { key: 'updatedAt', label: t('users.detail.updatedAt'), children: formatDateTime(user.updatedAt) },
  ];
  if (user.provider) {
    items.push(
      {
        key: 'providerCode',
        label: t('users.detail.providerCode'),
        children: <Typography.Text code>{user.provider.code}</Typography.Text>,
      },
      { key: 'providerName', label: t('users.detail.providerName'), children: user.provider.name },
    );
  }

  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, lg: 2 }} items={items} />
      {editable ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('users.detail.editTitle')}
          </Typography.Title>
          <Flex vertical gap={16} style={{ maxWidth: 560 }}>
            <FullNameForm user={user} />
            <div>
              <ResetPasswordButton user={user} />
            </div>
          </Flex>
        </>
      ) : null}
    </>
  );
}
