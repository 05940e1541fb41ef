import { Alert, Badge, Flex, Tabs, type TabsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../common/BackLink';
import { PageHeader } from '../../common/PageHeader';
import { QueryStatus } from '../../common/QueryStatus';
import { useTabParam } from '../../common/use-tab-param';
import { RightsList } from '../../rights/RightsList';
import { UserKindTag } from '../UserKindTag';
import { USERS_PATH } from '../user-paths';
import { useUser } from '../users.api';
import { UserDetailsTab } from './UserDetailsTab';
import { UserRolesTab } from './UserRolesTab';

const TABS = ['detalii', 'roluri', 'drepturi'] as const;

/** A user's detail screen: tab pages *Detalii*, *Roluri*, *Drepturi* (internal users only). */
export default function UserDetailPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const [tab, setTab] = useTabParam(TABS, 'detalii');
  const user = useUser(userId);

  if (user.isPending || user.isError)
    return <QueryStatus query={user} notFound={t('users.detail.notFound')} />;

  const detail = user.data;
  const isExternal = detail.kind === 'external';
  const tabs: TabsProps['items'] = [
    { key: 'detalii', label: t('users.detail.tabs.details'), children: <UserDetailsTab user={detail} /> },
  ];
  if (!isExternal) {
    tabs.push(
      { key: 'roluri', label: t('users.detail.tabs.roles'), children: <UserRolesTab user={detail} /> },
      {
        key: 'drepturi',
        label: t('users.detail.tabs.rights'),
        children: <RightsList rights={detail.rights} emptyText={t('users.detail.noRights')} />,
      },
    );
  }
  const activeTab = isExternal ? 'detalii' : tab;

  return (
    <>
      <BackLink to={USERS_PATH} />
      <PageHeader
        title={
          <Flex align="center" gap={12} wrap>
            <span>{detail.username}</span>
            <UserKindTag kind={detail.kind} />
            <Badge
              status={detail.active ? 'success' : 'default'}
              text={t(detail.active ? 'users.state.active' : 'users.state.inactive')}
            />
          </Flex>
        }
        description={detail.fullName}
      />
      {isExternal ? (
        <Alert
          type="info"
          showIcon
          title={t('users.detail.externalTitle')}
          description={t('users.detail.externalNote')}
          style={{ marginBottom: 16 }}
          data-testid="external-user-note"
        />
      ) : null}
      <Tabs activeKey={activeTab} items={tabs} onChange={setTab} />
    </>
  );
}
