import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../src/local-api/local-api.types';
import { useCertificate } from '../api/queries';
import { CertificateImportForm } from './CertificateImportForm';

/** *Administrare / Certificat digital*: the imported certificate, its validity, and the import. */
export function CertificatePage() {
  const { t } = useTranslation();
  const certificate = useCertificate();
  return (
    <Flex vertical gap={16}>
      <Card title={t('certificate.title')}>
        {certificate.data ? (
          <CertificateDetails certificate={certificate.data} />
        ) : (
          <Typography.Paragraph style={{ margin: 0 }}>{t('certificate.none')}</Typography.Paragraph>
        )}
      </Card>
      <Card title={t('certificate.importTitle')}>
        <CertificateImportForm />
      </Card>
    </Flex>
  );
}

function CertificateDetails({ certificate }: { certificate: CertificateSummary }) {
  const { t } = useTranslation();
  const format = (iso: string) => dayjs(iso).format('DD.MM.YYYY HH:mm');
  const warnings = {
    EXPIRES_SOON: t('certificate.expiresSoon', {
      days: certificate.daysLeft,
      date: format(certificate.notAfter),
    }),
    EXPIRED: t('certificate.expired', { date: format(certificate.notAfter) }),
    NOT_YET_VALID: t('certificate.notYetValid', { date: format(certificate.notBefore) }),
  };
  return (
    <Flex vertical gap={12}>
      {certificate.warning && (
        <Alert
          type={certificate.warning === 'EXPIRES_SOON' ? 'warning' : 'error'}
          showIcon
          title={warnings[certificate.warning]}
          data-testid="certificate-warning"
        />
      )}
      <Descriptions
        column={1}
        bordered
        size="small"
        data-testid="certificate-details"
        styles={{ label: { width: 200 } }}
      >
        <Descriptions.Item label={t('certificate.subject')}>{certificate.subject}</Descriptions.Item>
        <Descriptions.Item label={t('certificate.issuer')}>{certificate.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('certificate.serial')}>
          <Typography.Text code copyable>
            {certificate.serialNumber}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('certificate.validFrom')}>
          {format(certificate.notBefore)}
        </Descriptions.Item>
        <Descriptions.Item label={t('certificate.validTo')}>
          {format(certificate.notAfter)}
          {!certificate.warning && (
            <Typography.Text type="success" style={{ marginLeft: 12 }}>
              {t('certificate.valid', { days: certificate.daysLeft })}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('certificate.sha256')}>
          <Typography.Text
            type="secondary"
            style={{
              fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
              fontSize: 12,
              wordBreak: 'break-all',
            }}
          >
            {certificate.sha256}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('certificate.importedAt')}>
          {format(certificate.importedAt)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t('certificate.registerHint')}</Typography.Text>
    </Flex>
  );
}
