import { App, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { focusFirstField } from '../../common/focus-first-field';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { ProviderFormFields } from '../form/ProviderFormFields';
import { showInvalidFields, showProviderErrors } from '../form/provider-form-errors';
import { createBodyOf, NEW_PROVIDER_VALUES, type ProviderFormValues } from '../form/provider-form-values';
import { providerDetailPath } from '../provider-paths';
import { useCreateProvider } from '../providers.api';

/** *Nou* on the providers list; CNAS staff also choose the provider's house. */
export function CreateProviderDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const choosesHouse = useSession().scope === 'ALL';
  const createProvider = useCreateProvider();
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<ProviderFormValues>();

  function close() {
    form.resetFields();
    onClose();
  }

  function submit(values: ProviderFormValues) {
    const body = createBodyOf(values);
    if (!body.success) {
      showInvalidFields(form, body.fields, t);
      return;
    }
    createProvider.mutate(body.data, {
      onSuccess: (created) => {
        message.success(t('providers.form.created', { code: created.code }));
        close();
        navigate(providerDetailPath(created.id));
      },
      onError: (error) => {
        if (!showProviderErrors(form, error)) notifyError(error);
      },
    });
  }

  return (
    <Drawer
      title={t('providers.form.createTitle')}
      open={open}
      afterOpenChange={focusFirstField}
      onClose={close}
      size={720}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={createProvider.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<ProviderFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={NEW_PROVIDER_VALUES}
      >
        <ProviderFormFields choosesHouse={choosesHouse} />
      </Form>
    </Drawer>
  );
}
