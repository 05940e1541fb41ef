import { type UserCertificateDetail, updateUserCertificateBodySchema } from '@siui/core';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/session';
import { schemaRule } from '../../common/schema-rule';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { useUpdateUserCertificate } from '../user-certificates.api';

/** *Observații*: editable with the right to manage certificates, read-only otherwise. */
export function NotesForm({ certificate }: { certificate: UserCertificateDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = useHasRight('CERTIFICATES_MANAGE');
  const update = useUpdateUserCertificate(certificate.id);
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<{ notes: string }>();

  if (!canManage) {
    return (
      <Typography.Paragraph
        type={certificate.notes ? undefined : 'secondary'}
        style={{ whiteSpace: 'pre-wrap' }}
      >
        {certificate.notes ?? t('userCertificates.detail.noNotes')}
      </Typography.Paragraph>
    );
  }

  return (
    <Form
      key={certificate.updatedAt}
      form={form}
      layout="vertical"
      initialValues={{ notes: certificate.notes ?? '' }}
      onFinish={({ notes }) =>
        update.mutate(
          { notes: notes.trim() === '' ? null : notes },
          { onSuccess: () => void message.success(t('common.saved')), onError: notifyError },
        )
      }
    >
      <Form.Item
        name="notes"
        rules={[
          schemaRule(updateUserCertificateBodySchema.shape.notes, t('userCertificates.form.notesInvalid')),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          showCount
          placeholder={t('userCertificates.detail.notesPlaceholder')}
          aria-label={t('userCertificates.detail.notes')}
        />
      </Form.Item>
      <Flex>
        <Button htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
