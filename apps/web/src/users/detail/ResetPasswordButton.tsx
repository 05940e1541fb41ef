import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../common/form-errors';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { PasswordFields } from '../PasswordFields';
import { type UserWithRights, useUpdateUser } from '../users.api';

interface NewPasswordValues {
  password: string;
  passwordConfirm: string;
}

/** *Resetare parolă* for an internal user: the new password typed twice, then confirmed. */
export function ResetPasswordButton({ user }: { user: UserWithRights }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewPasswordValues>();
  const updateUser = useUpdateUser(user.id);
  const notifyError = useErrorNotifier();

  function close() {
    form.resetFields();
    setOpen(false);
  }

  function submit({ password }: NewPasswordValues) {
    updateUser.mutate(
      { password },
      {
        onSuccess: () => {
          message.success(t('users.detail.passwordReset'));
          close();
        },
        onError: (error) => {
          if (!showFieldErrors(form, error, ['password'])) notifyError(error);
        },
      },
    );
  }

  return (
    <>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)}>
        {t('users.detail.resetPassword')}
      </Button>
      <Modal
        title={t('users.detail.resetPasswordTitle', { username: user.username })}
        open={open}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={updateUser.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="warning">{t('users.detail.resetPasswordConfirm')}</Typography.Paragraph>
        <Form<NewPasswordValues> form={form} layout="vertical" onFinish={submit}>
          <PasswordFields passwordLabel={t('users.detail.newPassword')} />
        </Form>
      </Modal>
    </>
  );
}
