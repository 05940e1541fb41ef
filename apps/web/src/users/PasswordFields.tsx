import { createUserBodySchema } from '@siui/core';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { schemaRule } from '../common/schema-rule';

const passwordSchema = createUserBodySchema.shape.password;

/** `password` and `passwordConfirm` form fields: the API's password rule, typed twice. */
export function PasswordFields({ passwordLabel }: { passwordLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="password"
        label={passwordLabel}
        required
        rules={[schemaRule(passwordSchema, t('users.form.passwordInvalid'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="passwordConfirm"
        label={t('users.form.passwordConfirm')}
        dependencies={['password']}
        required
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value !== getFieldValue('password')) throw new Error(t('users.form.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
