import type { Provider } from '@siui/core';
import { Alert, App, Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/session';
import { formatDateTime } from '../../common/format-date';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { ProviderFormFields } from '../form/ProviderFormFields';
import { showInvalidFields, showProviderErrors } from '../form/provider-form-errors';
import { formValuesOf, type ProviderFormValues, updateBodyOf } from '../form/provider-form-values';
import { useUpdateProvider } from '../providers.api';

/**
 * *Date furnizor*: every field, editable with the right to edit providers. Once the external user
 * exists the CUI is fixed: the user's name is made from it.
 */
export function ProviderDataTab({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canEdit = useHasRight('PROVIDERS_EDIT');
  const updateProvider = useUpdateProvider(provider.id);
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<ProviderFormValues>();
  const lockedBy = provider.externalUser?.username;

  function submit(values: ProviderFormValues) {
    const body = updateBodyOf(values, lockedBy !== undefined);
    if (!body.success) {
      showInvalidFields(form, body.fields, t);
      return;
    }
    updateProvider.mutate(body.data, {
      onSuccess: () => void message.success(t('common.saved')),
      onError: (error) => {
        if (!showProviderErrors(form, error)) notifyError(error);
      },
    });
  }

  return (
    <Form<ProviderFormValues>
      // A saved change comes back normalised (CUI without RO, ș/ț): show what was stored.
      key={provider.updatedAt}
      form={form}
      layout="vertical"
      initialValues={formValuesOf(provider)}
      onFinish={submit}
      disabled={!canEdit}
      style={{ maxWidth: 960 }}
    >
      {canEdit ? null : (
        <Alert type="info" showIcon title={t('providers.detail.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <ProviderFormFields
        fiscalCodeLockedReason={
          lockedBy === undefined ? undefined : t('providers.form.fiscalCodeLocked', { username: lockedBy })
        }
      />
      <Flex align="center" justify="space-between" gap={16} wrap>
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={updateProvider.isPending}>
            {t('common.save')}
          </Button>
        ) : (
          <span />
        )}
        <Typography.Text type="secondary">
          {t('providers.detail.createdAt', { at: formatDateTime(provider.createdAt) })},{' '}
          {t('providers.detail.updatedAt', { at: formatDateTime(provider.updatedAt) })}
        </Typography.Text>
      </Flex>
    </Form>
  );
}
