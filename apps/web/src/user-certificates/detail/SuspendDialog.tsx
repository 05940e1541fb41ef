import type { UserCertificateDetail } from '@siui/core';
import { updateUserCertificateBodySchema } from '@siui/core';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { schemaRule } from '../../common/schema-rule';

interface SuspendDialogProps {
  certificate: UserCertificateDetail;
  open: boolean;
  saving: boolean;
  onConfirm: (reason: string | undefined) => void;
  onCancel: () => void;
}

/**
 * Asks before ticking or clearing *Suspendat* (seed figure 7), saying what happens: a suspended
 * user has no access to the online functions, from this moment. The reason goes into the history.
 */
export function SuspendDialog({ certificate, open, saving, onConfirm, onCancel }: SuspendDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const suspending = !certificate.suspended;
  const names = { serial: certificate.serialNumberDisplay, username: certificate.user.username };

  return (
    <Modal
      title={t(
        suspending ? 'userCertificates.suspend.suspendTitle' : 'userCertificates.suspend.resumeTitle',
        names,
      )}
      open={open}
      okText={t(suspending ? 'userCertificates.suspend.suspendOk' : 'userCertificates.suspend.resumeOk')}
      okButtonProps={{ danger: suspending, loading: saving }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      width={560}
      forceRender
    >
      <Alert
        type={suspending ? 'warning' : 'info'}
        showIcon
        title={t(
          suspending ? 'userCertificates.suspend.suspendEffect' : 'userCertificates.suspend.resumeEffect',
          names,
        )}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph type="secondary">{t('userCertificates.suspend.reversible')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => onConfirm(values.reason?.trim() ? values.reason.trim() : undefined)}
      >
        <Form.Item
          name="reason"
          label={t('userCertificates.suspend.reason')}
          rules={[
            schemaRule(
              updateUserCertificateBodySchema.shape.reason,
              t('userCertificates.suspend.reasonInvalid'),
            ),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={500}
            showCount
            placeholder={t('userCertificates.suspend.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
