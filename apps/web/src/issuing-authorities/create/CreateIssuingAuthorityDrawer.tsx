import { App, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { focusFirstField } from '../../common/focus-first-field';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { AuthoritySettingsFields } from '../form/AuthoritySettingsFields';
import { showAuthorityErrors, showInvalidAuthorityFields } from '../form/authority-form-errors';
import {
  type AuthorityFormValues,
  createAuthorityBodyOf,
  NEW_AUTHORITY_VALUES,
} from '../form/authority-form-values';
import { authorityRules } from '../form/authority-rules';
import { useCreateIssuingAuthority } from '../issuing-authorities.api';
import { issuingAuthorityDetailPath } from '../issuing-authority-paths';
import { CertificateFileInput } from './CertificateFileInput';

/** *Nou* (CNAS): the CA certificate file, and optionally its name, OCSP address and policy. */
export function CreateIssuingAuthorityDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const createAuthority = useCreateIssuingAuthority();
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<AuthorityFormValues>();

  function close() {
    form.resetFields();
    onClose();
  }

  function submit(values: AuthorityFormValues) {
    const body = createAuthorityBodyOf(values);
    if (!body.success) {
      showInvalidAuthorityFields(form, body.fields, t);
      return;
    }
    createAuthority.mutate(body.data, {
      onSuccess: (created) => {
        message.success(t('issuingAuthorities.form.created', { name: created.name }));
        close();
        navigate(issuingAuthorityDetailPath(created.id));
      },
      onError: (error) => {
        if (!showAuthorityErrors(form, error)) notifyError(error);
      },
    });
  }

  return (
    <Drawer
      title={t('issuingAuthorities.form.createTitle')}
      open={open}
      afterOpenChange={focusFirstField}
      onClose={close}
      size={640}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={createAuthority.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<AuthorityFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={NEW_AUTHORITY_VALUES}
      >
        <Form.Item
          name="certificate"
          label={t('issuingAuthorities.form.file')}
          required
          rules={authorityRules(t).certificate}
        >
          <CertificateFileInput
            onProblem={(problem) => form.setFields([{ name: 'certificate', errors: [problem] }])}
          />
        </Form.Item>
        <AuthoritySettingsFields creating />
      </Form>
    </Drawer>
  );
}
