import { App, Popconfirm, Switch, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { type UserWithRights, useUpdateUser } from '../users.api';

/** *Cont activ*: each change is confirmed first; nobody can switch off their own account. */
export function ActiveSwitch({ user }: { user: UserWithRights }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const updateUser = useUpdateUser(user.id);
  const notifyError = useErrorNotifier();
  const isSelf = session.id === user.id;
  const label = t(user.active ? 'users.state.active' : 'users.state.inactive');

  const toggle = (
    <Switch
      checked={user.active}
      loading={updateUser.isPending}
      disabled={isSelf}
      aria-label={t('users.detail.activeSwitch')}
      checkedChildren={label}
      unCheckedChildren={label}
    />
  );
  if (isSelf) return <Tooltip title={t('users.detail.ownAccount')}>{toggle}</Tooltip>;

  return (
    <Popconfirm
      title={t(user.active ? 'users.detail.deactivateConfirm' : 'users.detail.activateConfirm', {
        username: user.username,
      })}
      okText={t('common.yes')}
      cancelText={t('common.no')}
      onConfirm={() =>
        updateUser
          .mutateAsync({ active: !user.active })
          .then(() => void message.success(t('common.saved')), notifyError)
      }
    >
      {toggle}
    </Popconfirm>
  );
}
