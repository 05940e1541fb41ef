import type { IssuingAuthority } from '@siui/core';
import { App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { AuthoritySettingsFields } from '../form/AuthoritySettingsFields';
import { showAuthorityErrors, showInvalidAuthorityFields } from '../form/authority-form-errors';
import {
  type AuthorityFormValues,
  authorityFormValuesOf,
  updateAuthorityBodyOf,
} from '../form/authority-form-values';
import { useUpdateIssuingAuthority } from '../issuing-authorities.api';

/** CNAS edits the name, the OCSP and CRL addresses and the OCSP policy. */
export function AuthoritySettingsForm({ authority }: { authority: IssuingAuthority }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateIssuingAuthority(authority.id);
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<AuthorityFormValues>();

  function submit(values: AuthorityFormValues) {
    const body = updateAuthorityBodyOf(values);
    if (!body.success) {
      showInvalidAuthorityFields(form, body.fields, t);
      return;
    }
    update.mutate(body.data, {
      onSuccess: () => void message.success(t('common.saved')),
      onError: (error) => {
        if (!showAuthorityErrors(form, error)) notifyError(error);
      },
    });
  }

  return (
    <Form<AuthorityFormValues>
      key={authority.updatedAt}
      form={form}
      layout="vertical"
      initialValues={authorityFormValuesOf(authority)}
      onFinish={submit}
    >
      <AuthoritySettingsFields />
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
