import { Flex, Tabs, type TabsProps, Typography } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../common/BackLink';
import { PageHeader } from '../../common/PageHeader';
import { QueryStatus } from '../../common/QueryStatus';
import { useTabParam } from '../../common/use-tab-param';
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

/** The provider's detail screen (seed 2.1, figure 1): its key, then its data, key history, installations, user. */
export default function ProviderDetailPage() {
  const { t } = useTranslation();
  const houseName = useHouseNames();
  const { providerId = '' } = useParams();
  const [tab, setTab] = useTabParam(TABS, 'date');
  const provider = useProvider(providerId);

  if (provider.isPending || provider.isError)
    return <QueryStatus query={provider} notFound={t('providers.detail.notFound')} />;

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
      <BackLink to={PROVIDERS_PATH} />
      <PageHeader
        title={
          <Flex align="center" gap={12} wrap>
            <span translate="no">{detail.name}</span>
            <ProviderCategoryTag category={detail.category} />
            <ProviderActiveBadge active={detail.active} />
          </Flex>
        }
        description={
          <Typography.Text type="secondary">
            <Trans
              i18nKey="providers.detail.subtitle"
              values={{
                code: detail.code,
                fiscalCode: detail.fiscalCode,
                house: houseName(detail.insuranceHouse),
              }}
              components={{ name: <span translate="no" /> }}
            />
          </Typography.Text>
        }
      />
      <ActivationKeyPanel provider={detail} />
      <Tabs activeKey={tab} items={tabs} onChange={setTab} />
    </>
  );
}
