import { type CreateUserBody, createUserBodySchema } from '@siui/core';
import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { focusFirstField } from '../../common/focus-first-field';
import { showFieldErrors } from '../../common/form-errors';
import { schemaRule } from '../../common/schema-rule';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { houseOptions, useInsuranceHouses } from '../../insurance-houses/insurance-houses.api';
import { AssignableRolesSelect } from '../../roles/AssignableRolesSelect';
import { PasswordFields } from '../PasswordFields';
import { userDetailPath } from '../user-paths';
import { useCreateUser } from '../users.api';

interface CreateUserForm {
  username: string;
  fullName: string;
  password: string;
  passwordConfirm: string;
  insuranceHouse: string;
  roles: string[];
}

const FORM_FIELDS = ['username', 'fullName', 'password', 'insuranceHouse', 'roles'] as const;
const fields = createUserBodySchema.shape;

/** *Nou* on the users list: a new internal user; CNAS staff also choose the user's house. */
export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSession();
  const choosesHouse = user.scope === 'ALL';
  const houses = useInsuranceHouses(true);
  const createUser = useCreateUser();
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<CreateUserForm>();
  const targetHouse = Form.useWatch('insuranceHouse', form) ?? user.insuranceHouse.code;

  function close() {
    form.resetFields();
    onClose();
  }

  function submit(values: CreateUserForm) {
    const body: CreateUserBody = {
      username: values.username.trim(),
      fullName: values.fullName.trim(),
      password: values.password,
      roles: values.roles,
      insuranceHouse: choosesHouse ? values.insuranceHouse : undefined,
    };
    createUser.mutate(body, {
      onSuccess: (created) => {
        message.success(t('users.form.created', { username: created.username }));
        close();
        navigate(userDetailPath(created.id));
      },
      onError: (error) => {
        if (showFieldErrors(form, error, FORM_FIELDS)) return;
        if (error instanceof ApiError && error.code === 'USERNAME_TAKEN') {
          form.setFields([{ name: 'username', errors: [error.message] }]);
          return;
        }
        notifyError(error);
      },
    });
  }

  return (
    <Drawer
      title={t('users.form.title')}
      open={open}
      afterOpenChange={focusFirstField}
      onClose={close}
      size={520}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={createUser.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<CreateUserForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ roles: [], insuranceHouse: user.insuranceHouse.code }}
        onValuesChange={(changed: Partial<CreateUserForm>) => {
          if (changed.insuranceHouse !== undefined) form.setFieldValue('roles', []);
        }}
      >
        <Form.Item
          name="username"
          label={t('users.form.username')}
          required
          rules={[schemaRule(fields.username, t('users.form.usernameInvalid'))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('users.form.fullName')}
          required
          rules={[schemaRule(fields.fullName, t('users.form.fullNameInvalid'))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <PasswordFields passwordLabel={t('users.form.password')} />
        {choosesHouse ? (
          <Form.Item
            name="insuranceHouse"
            label={t('users.form.house')}
            rules={[{ required: true, message: t('users.form.houseRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={houseOptions(houses.data)}
              loading={houses.isPending}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="roles" label={t('users.form.roles')}>
          <AssignableRolesSelect targetHouse={targetHouse} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
