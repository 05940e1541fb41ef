import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Flex, Tabs, type TabsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { apiErrorMessage } from '../../common/api-error-message';
import { LoadingBlock } from '../../common/LoadingBlock';
import { PageHeader } from '../../common/PageHeader';
import { ForbiddenResult, NotFoundResult } from '../../common/StatusResults';
import { PemBlock } from '../../pki/PemBlock';
import { SuspendedTag } from '../SuspendedTag';
import { USER_CERTIFICATES_PATH } from '../user-certificate-paths';
import { useUserCertificate } from '../user-certificates.api';
import { CertificateDetailsTab } from './CertificateDetailsTab';
import { SuspensionHistoryTab } from './SuspensionHistoryTab';

const TABS = ['detalii', 'istoric-suspendari', 'pem'] as const;
type TabKey = (typeof TABS)[number];

function tabFrom(value: string | null): TabKey {
  return TABS.find((tab) => tab === value) ?? 'detalii';
}

/** The certificate's tab page, shown after *Salvează* (seed figures 6 and 7). */
export default function UserCertificateDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { certificateId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const certificate = useUserCertificate(certificateId);

  if (certificate.isPending) return <LoadingBlock />;
  if (certificate.isError) {
    const status = certificate.error instanceof ApiError ? certificate.error.status : 0;
    if (status === 404 || status === 400)
      return <NotFoundResult message={t('userCertificates.detail.notFound')} />;
    if (status === 403) return <ForbiddenResult />;
    return <Alert type="error" showIcon title={apiErrorMessage(certificate.error, t)} />;
  }

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
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate(USER_CERTIFICATES_PATH)}
        style={{ paddingInline: 0, marginBottom: 8 }}
      >
        {t('common.back')}
      </Button>
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
      <Tabs
        activeKey={tabFrom(searchParams.get('tab'))}
        items={tabs}
        onChange={(tab) => setSearchParams(tab === 'detalii' ? {} : { tab }, { replace: true })}
      />
    </>
  );
}
