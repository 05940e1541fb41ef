import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tabs, type TabsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { apiErrorMessage } from '../../common/api-error-message';
import { LoadingBlock } from '../../common/LoadingBlock';
import { PageHeader } from '../../common/PageHeader';
import { ForbiddenResult, NotFoundResult } from '../../common/StatusResults';
import { useHouseNames } from '../../insurance-houses/insurance-houses.api';
import { ProviderActiveBadge, ProviderCategoryTag } from '../ProviderTags';
import { PROVIDERS_PATH } from '../provider-paths';
import { useProvider } from '../providers.api';
import { ActivationKeyPanel } from './ActivationKeyPanel';
import { ExternalUserTab } from './ExternalUserTab';
import { InstallationsTab } from './InstallationsTab';
import { KeyHistoryTab } from './KeyHistoryTab';
import { ProviderDataTab } from './ProviderDataTab';

const TABS = ['date', 'istoric-chei', 'instalari', 'utilizator-extern'] as const;
type TabKey = (typeof TABS)[number];

function tabFrom(value: string | null): TabKey {
  return TABS.find((tab) => tab === value) ?? 'date';
}

/** The provider's detail screen (seed 2.1, figure 1): its key, then its data, key history, installations, user. */
export default function ProviderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const houseName = useHouseNames();
  const { providerId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const provider = useProvider(providerId);

  if (provider.isPending) return <LoadingBlock />;
  if (provider.isError) {
    const status = provider.error instanceof ApiError ? provider.error.status : 0;
    if (status === 404 || status === 400) return <NotFoundResult message={t('providers.detail.notFound')} />;
    if (status === 403) return <ForbiddenResult />;
    return <Alert type="error" showIcon title={apiErrorMessage(provider.error, t)} />;
  }

  const detail = provider.data;
  const tabs: TabsProps['items'] = [
    { key: 'date', label: t('providers.detail.tabs.data'), children: <ProviderDataTab provider={detail} /> },
    {
      key: 'istoric-chei',
      label: t('providers.detail.tabs.keys'),
      children: <KeyHistoryTab providerId={detail.id} />,
    },
    {
      key: 'instalari',
      label: t('providers.detail.tabs.installations'),
      children: <InstallationsTab providerId={detail.id} />,
    },
    {
      key: 'utilizator-extern',
      label: t('providers.detail.tabs.externalUser'),
      children: <ExternalUserTab provider={detail} />,
    },
  ];

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate(PROVIDERS_PATH)}
        style={{ paddingInline: 0, marginBottom: 8 }}
      >
        {t('common.back')}
      </Button>
      <PageHeader
        title={
          <Flex align="center" gap={12} wrap>
            <span>{detail.name}</span>
            <ProviderCategoryTag category={detail.category} />
            <ProviderActiveBadge active={detail.active} />
          </Flex>
        }
        description={
          <Typography.Text type="secondary">
            {t('providers.detail.subtitle', {
              code: detail.code,
              fiscalCode: detail.fiscalCode,
              house: houseName(detail.insuranceHouse),
            })}
          </Typography.Text>
        }
      />
      <ActivationKeyPanel provider={detail} />
      <Tabs
        activeKey={tabFrom(searchParams.get('tab'))}
        items={tabs}
        onChange={(tab) => setSearchParams(tab === 'date' ? {} : { tab }, { replace: true })}
      />
    </>
  );
}
