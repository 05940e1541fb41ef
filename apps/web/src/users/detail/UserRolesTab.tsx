import { App, Button, Empty, Flex, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/session';
import { showFieldErrors } from '../../common/form-errors';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { AssignableRolesSelect } from '../../roles/AssignableRolesSelect';
import { useRoleNames } from '../../roles/role-names';
import { type UserWithRights, useUpdateUser } from '../users.api';

interface RolesValues {
  roles: string[];
}

/** *Roluri*: the roles of an internal user; editable with the right to manage users. */
export function UserRolesTab({ user }: { user: UserWithRights }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = useHasRight('USERS_MANAGE');
  const roleName = useRoleNames();
  const [form] = Form.useForm<RolesValues>();
  const updateUser = useUpdateUser(user.id);
  const notifyError = useErrorNotifier();

  if (!canManage) {
    if (user.roles.length === 0)
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.detail.noRoles')} />;
    return (
      <Flex wrap gap={6}>
        {user.roles.map((code) => (
          <Tag key={code} color="blue">
            {roleName(code)}
          </Tag>
        ))}
      </Flex>
    );
  }

  function submit({ roles }: RolesValues) {
    updateUser.mutate(
      { roles },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (error) => {
          if (!showFieldErrors(form, error, ['roles'])) notifyError(error);
        },
      },
    );
  }

  return (
    <Form<RolesValues>
      form={form}
      layout="vertical"
      initialValues={{ roles: user.roles }}
      onFinish={submit}
      style={{ maxWidth: 640 }}
    >
      <Typography.Paragraph type="secondary">{t('users.detail.rolesHint')}</Typography.Paragraph>
      <Form.Item name="roles" label={t('users.form.roles')}>
        <AssignableRolesSelect targetHouse={user.insuranceHouse} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={updateUser.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
