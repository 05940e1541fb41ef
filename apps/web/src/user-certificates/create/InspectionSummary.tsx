import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { CertificateInspection } from '@siui/core';
import { Alert, Card, Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ValidityPeriod } from '../../pki/ValidityPeriod';

/** What the dropped file says, checked by the server: holder, validity, authority, signature, warnings. */
export function InspectionSummary({ inspection }: { inspection: CertificateInspection }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    {
      key: 'subject',
      label: t('userCertificates.inspection.subject'),
      children: (
        <Flex vertical>
          {inspection.subjectCommonName ? (
            <Typography.Text strong>{inspection.subjectCommonName}</Typography.Text>
          ) : null}
          <Typography.Text type="secondary">{inspection.subjectDn}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'issuer', label: t('userCertificates.inspection.issuer'), children: inspection.issuerDn },
    {
      key: 'validity',
      label: t('userCertificates.inspection.validity'),
      children: <ValidityPeriod notBefore={inspection.notBefore} notAfter={inspection.notAfter} />,
    },
    {
      key: 'authority',
      label: t('userCertificates.inspection.authority'),
      children: (
        <Flex gap={8} wrap align="center">
          <span>{inspection.issuingAuthority?.name ?? t('userCertificates.detail.none')}</span>
          {inspection.signatureVerified ? (
            <Tag color="green" icon={<CheckCircleFilled />} data-testid="signature-verified">
              {t('userCertificates.inspection.signatureVerified')}
            </Tag>
          ) : (
            <Tag color="orange" icon={<ExclamationCircleFilled />}>
              {t('userCertificates.inspection.signatureNotVerified')}
            </Tag>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('userCertificates.inspection.title')}
      style={{ marginBottom: 16 }}
      data-testid="inspection-summary"
    >
      <Descriptions
        size="small"
        column={1}
        items={items}
        styles={{ label: { width: 160, whiteSpace: 'nowrap' } }}
      />
      {inspection.warnings.map((warning) => (
        <Alert
          key={warning.code}
          type={warning.code === 'EXPIRES_SOON' ? 'warning' : 'error'}
          showIcon
          title={warning.message}
          style={{ marginTop: 8 }}
        />
      ))}
    </Card>
  );
}
