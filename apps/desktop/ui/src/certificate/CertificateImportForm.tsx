import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../src/local-api/local-api.types';
import { ApiError, api, errorText } from '../api/client';

/** Errors that are about the password the user typed, not about the file chosen. */
const PASSWORD_ERRORS = new Set(['P12_WRONG_PASSWORD', 'P12_PASSWORD_CHARACTERS', 'PEM_KEY_UNREADABLE']);

type Format = 'pkcs12' | 'pem';

async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return window.btoa(binary);
}

/** A file chooser that keeps the chosen file in the page (nothing is uploaded anywhere else). */
function FileChooser({
  id,
  accept,
  file,
  onChoose,
  errorId,
}: {
  id: string;
  accept: string;
  file: File | null;
  onChoose: (file: File | null) => void;
  /** The import's error, when it is about this file: the button says so to a screen reader. */
  errorId?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={12}>
      <Button
        icon={<UploadOutlined />}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onClick={() => document.getElementById(id)?.click()}
      >
        {t('certificate.chooseFile')}
      </Button>
      <input
        id={id}
        type="file"
        accept={accept}
        style={{ display: 'none' }}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
      <Typography.Text type={file ? undefined : 'secondary'}>{file?.name ?? '—'}</Typography.Text>
    </Flex>
  );
}

/** Import from a .p12/.pfx with its password, or from a PEM certificate and key. */
export function CertificateImportForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<Format>('pkcs12');
  const [file, setFile] = useState<File | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');

  const importCertificate = useMutation({
    mutationFn: async () => {
      if (!file || (format === 'pem' && !keyFile)) throw new Error(t('certificate.fileRequired'));
      const body =
        format === 'pkcs12'
          ? { format, fileBase64: await fileBase64(file), password }
          : {
              format,
              certificatePem: await file.text(),
              privateKeyPem: await (keyFile ?? file).text(),
              password,
            };
      return api<CertificateSummary>('POST', '/api/certificate', body);
    },
    onSuccess: () => {
      setPassword('');
      message.success(t('certificate.imported'));
      void queryClient.invalidateQueries();
    },
  });

  // The error is tied to the field it is about (the password or the file) and read out at once.
  const error = importCertificate.error;
  const passwordError = error instanceof ApiError && PASSWORD_ERRORS.has(error.code);
  // The message itself, not the alert around it, whose icon has an (English) name of its own.
  const errorId = error ? 'certificate-error-text' : undefined;
  return (
    <Form layout="vertical" style={{ maxWidth: 640 }} onFinish={() => importCertificate.mutate()}>
      <Form.Item label={t('certificate.format')}>
        <Radio.Group
          value={format}
          onChange={(event) => {
            setFormat(event.target.value as Format);
            importCertificate.reset();
          }}
          options={[
            { value: 'pkcs12', label: t('certificate.formatP12') },
            { value: 'pem', label: t('certificate.formatPem') },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={format === 'pkcs12' ? t('certificate.file') : t('certificate.certificateFile')}
        required
      >
        <FileChooser
          id="certificate-file"
          accept={format === 'pkcs12' ? '.p12,.pfx' : '.pem,.crt,.cer'}
          file={file}
          onChoose={setFile}
          errorId={passwordError ? undefined : errorId}
        />
      </Form.Item>
      {format === 'pem' && (
        <Form.Item label={t('certificate.keyFile')} required>
          <FileChooser id="certificate-key-file" accept=".pem,.key" file={keyFile} onChoose={setKeyFile} />
        </Form.Item>
      )}
      <Form.Item
        label={format === 'pkcs12' ? t('certificate.password') : t('certificate.keyPassword')}
        htmlFor="certificate-password"
      >
        <Input.Password
          id="certificate-password"
          status={passwordError ? 'error' : undefined}
          aria-invalid={passwordError || undefined}
          aria-describedby={passwordError ? errorId : undefined}
          value={password}
          autoComplete="off"
          onChange={(event) => setPassword(event.target.value)}
          style={{ width: 320 }}
        />
      </Form.Item>
      {error && (
        <Alert
          type="error"
          showIcon
          title={<span id="certificate-error-text">{errorText(error)}</span>}
          style={{ marginBottom: 16 }}
          data-testid="certificate-error"
        />
      )}
      <Typography.Paragraph type="secondary">{t('certificate.privacy')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={importCertificate.isPending}>
        {t('certificate.import')}
      </Button>
    </Form>
  );
}
