import { createUserBodySchema } from '@siui/core';
import { App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../common/form-errors';
import { schemaRule } from '../../common/schema-rule';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { type UserWithRights, useUpdateUser } from '../users.api';

interface FullNameValues {
  fullName: string;
}

/** Renames an internal user (`PATCH /api/users/{id}` with `fullName`). */
export function FullNameForm({ user }: { user: UserWithRights }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FullNameValues>();
  const updateUser = useUpdateUser(user.id);
  const notifyError = useErrorNotifier();

  function submit({ fullName }: FullNameValues) {
    updateUser.mutate(
      { fullName: fullName.trim() },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (error) => {
          if (!showFieldErrors(form, error, ['fullName'])) notifyError(error);
        },
      },
    );
  }

  return (
    <Form<FullNameValues>
      form={form}
      layout="vertical"
      initialValues={{ fullName: user.fullName }}
      onFinish={submit}
    >
      <Form.Item label={t('users.form.fullName')} required style={{ marginBottom: 0 }}>
        <Flex gap={8}>
          <Form.Item
            name="fullName"
            noStyle
            rules={[schemaRule(createUserBodySchema.shape.fullName, t('users.form.fullNameInvalid'))]}
          >
            <Input autoComplete="off" aria-label={t('users.form.fullName')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={updateUser.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
