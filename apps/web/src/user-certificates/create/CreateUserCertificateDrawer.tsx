import { formatSerialForDisplay } from '@siui/core';
import { Alert, App, Button, Col, Drawer, Flex, Form, Input, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorMessage } from '../../common/api-error-message';
import { focusFirstField } from '../../common/focus-first-field';
import { useErrorNotifier } from '../../common/use-error-notifier';
import { IssuingAuthoritySelect } from '../../issuing-authorities/IssuingAuthoritySelect';
import { CertificateDropZone } from '../../pki/CertificateDropZone';
import type { CertificateFile } from '../../pki/certificate-file';
import { userCertificateDetailPath } from '../user-certificate-paths';
import { useCreateUserCertificate, useInspectCertificate } from '../user-certificates.api';
import { showCertificateErrors } from './certificate-form-errors';
import {
  type CertificateFormValues,
  createCertificateBodyOf,
  type InspectedFile,
} from './certificate-form-values';
import { certificateRules } from './certificate-rules';
import { ExternalUserSelect } from './ExternalUserSelect';
import { InspectionSummary } from './InspectionSummary';
import { SerialNumberInput } from './SerialNumberInput';

/**
 * *Nou* (seed 2.2.2, figure 5): the external user, the issuing authority and the serial number —
 * or the certificate file, read at once so the form fills itself and shows what it found.
 */
export function CreateUserCertificateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const createCertificate = useCreateUserCertificate();
  const inspect = useInspectCertificate();
  const notifyError = useErrorNotifier();
  const [form] = Form.useForm<CertificateFormValues>();
  const [file, setFile] = useState<InspectedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const rules = certificateRules(t, file !== null);

  function removeFile() {
    setFile(null);
    setFileError(null);
    form.setFieldsValue({ serialNumber: '', issuingAuthorityId: undefined });
  }

  function close() {
    form.resetFields();
    setFile(null);
    setFileError(null);
    inspect.reset();
    onClose();
  }

  function takeFile(chosen: CertificateFile) {
    setFile(null);
    setFileError(null);
    if (!chosen.ok) {
      setFileError(t(chosen.reason === 'TOO_LARGE' ? 'pki.file.tooLarge' : 'pki.file.unreadable'));
      return;
    }
    inspect.mutate(
      { certificatePem: chosen.content },
      {
        onSuccess: (inspection) => {
          setFile({ name: chosen.name, content: chosen.content, inspection });
          form.setFieldsValue({
            serialNumber: formatSerialForDisplay(inspection.serialNumber),
            issuingAuthorityId: inspection.issuingAuthority?.id,
          });
          void form.validateFields(['serialNumber', 'issuingAuthorityId']);
        },
        onError: (error) => setFileError(apiErrorMessage(error, t)),
      },
    );
  }

  function submit(values: CertificateFormValues) {
    const body = createCertificateBodyOf(values, file);
    if (!body.success) {
      form.setFields(body.fields.map((name) => ({ name, errors: [t('userCertificates.form.invalid')] })));
      return;
    }
    createCertificate.mutate(body.data, {
      onSuccess: (created) => {
        message.success(t('userCertificates.form.created', { serial: created.serialNumberDisplay }));
        close();
        navigate(userCertificateDetailPath(created.id));
      },
      onError: (error) => {
        const shown = showCertificateErrors(form, error);
        if (shown === 'file') setFileError(apiErrorMessage(error, t));
        else if (shown === null) notifyError(error);
      },
    });
  }

  return (
    <Drawer
      title={t('userCertificates.form.title')}
      open={open}
      afterOpenChange={focusFirstField}
      onClose={close}
      size={1040}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={createCertificate.isPending}
            disabled={inspect.isPending}
            onClick={() => form.submit()}
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('userCertificates.form.intro')}</Typography.Paragraph>
      <Form<CertificateFormValues> form={form} layout="vertical" onFinish={submit}>
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form.Item name="userId" label={t('userCertificates.form.user')} required rules={rules.userId}>
              <ExternalUserSelect />
            </Form.Item>
            <Form.Item
              name="issuingAuthorityId"
              label={t('userCertificates.form.authority')}
              required
              rules={rules.issuingAuthorityId}
              extra={file ? t('userCertificates.form.authorityDetected') : undefined}
            >
              <IssuingAuthoritySelect activeOnly disabled={file !== null} />
            </Form.Item>
            <Form.Item
              name="serialNumber"
              label={t('userCertificates.form.serialNumber')}
              required
              rules={rules.serialNumber}
              extra={file ? t('userCertificates.form.serialFromFile') : t('userCertificates.form.serialHint')}
            >
              <SerialNumberInput disabled={file !== null} />
            </Form.Item>
            <Form.Item name="notes" label={t('userCertificates.form.notes')} rules={rules.notes}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={t('userCertificates.form.file')}>
              <Spin spinning={inspect.isPending} description={t('userCertificates.form.inspecting')}>
                <CertificateDropZone
                  fileName={file?.name ?? null}
                  onFile={takeFile}
                  onRemove={removeFile}
                  disabled={inspect.isPending}
                />
              </Spin>
            </Form.Item>
            {fileError ? (
              <Alert
                type="error"
                showIcon
                title={fileError}
                style={{ marginBottom: 16 }}
                data-testid="file-error"
              />
            ) : null}
            {file ? <InspectionSummary inspection={file.inspection} /> : null}
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
