import { Alert, Badge, Flex, Tabs, type TabsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../common/BackLink';
import { PageHeader } from '../../common/PageHeader';
import { QueryStatus } from '../../common/QueryStatus';
import { useTabParam } from '../../common/use-tab-param';
import { PemBlock } from '../../pki/PemBlock';
import { SuspendedTag } from '../SuspendedTag';
import { USER_CERTIFICATES_PATH } from '../user-certificate-paths';
import { useUserCertificate } from '../user-certificates.api';
import { CertificateDetailsTab } from './CertificateDetailsTab';
import { SuspensionHistoryTab } from './SuspensionHistoryTab';

const TABS = ['detalii', 'istoric-suspendari', 'pem'] as const;

/** The certificate's tab page, shown after *Salvează* (seed figures 6 and 7). */
export default function UserCertificateDetailPage() {
  const { t } = useTranslation();
  const { certificateId = '' } = useParams();
  const [tab, setTab] = useTabParam(TABS, 'detalii');
  const certificate = useUserCertificate(certificateId);

  if (certificate.isPending || certificate.isError)
    return <QueryStatus query={certificate} notFound={t('userCertificates.detail.notFound')} />;

  const detail = certificate.data;
  const tabs: TabsProps['items'] = [
    {
      key: 'detalii',
      label: t('userCertificates.detail.tabs.details'),
      children: <CertificateDetailsTab certificate={detail} />,
    },
    {
      key: 'istoric-suspendari',
      label: (
        <Flex align="center" gap={6}>
          {t('userCertificates.detail.tabs.history')}
          <Badge count={detail.suspensions.length} showZero color="#8c8c8c" size="small" />
        </Flex>
      ),
      children: <SuspensionHistoryTab certificate={detail} />,
    },
    {
      key: 'pem',
      label: t('userCertificates.detail.tabs.pem'),
      children: detail.certificatePem ? (
        <>
          <Typography.Paragraph type="secondary">{t('userCertificates.pem.intro')}</Typography.Paragraph>
          <PemBlock pem={detail.certificatePem} filename={`certificat-${detail.serialNumber}.pem`} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('userCertificates.pem.missing')} />
      ),
    },
  ];

  return (
    <>
      <BackLink to={USER_CERTIFICATES_PATH} />
      <PageHeader
        title={
          <Flex align="center" gap={12} wrap>
            <span style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {detail.serialNumberDisplay}
            </span>
            <SuspendedTag suspended={detail.suspended} />
          </Flex>
        }
        description={t('userCertificates.detail.subtitle', {
          username: detail.user.username,
          authority: detail.issuingAuthority.name,
        })}
      />
      <Tabs activeKey={tab} items={tabs} onChange={setTab} />
    </>
  );
}
