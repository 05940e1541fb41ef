import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Flex, Tabs, type TabsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { apiErrorMessage } from '../../common/api-error-message';
import { LoadingBlock } from '../../common/LoadingBlock';
import { PageHeader } from '../../common/PageHeader';
import { ForbiddenResult, NotFoundResult } from '../../common/StatusResults';
import { RightsList } from '../../rights/RightsList';
import { UserKindTag } from '../UserKindTag';
import { USERS_PATH } from '../user-paths';
import { useUser } from '../users.api';
import { UserDetailsTab } from './UserDetailsTab';
import { UserRolesTab } from './UserRolesTab';

const TABS = ['detalii', 'roluri', 'drepturi'] as const;
type TabKey = (typeof TABS)[number];

function tabFrom(value: string | null): TabKey {
  return TABS.find((tab) => tab === value) ?? 'detalii';
}

/** A user's detail screen: tab pages *Detalii*, *Roluri*, *Drepturi* (internal users only). */
export default function UserDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { userId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const user = useUser(userId);

  if (user.isPending) return <LoadingBlock />;
  if (user.isError) {
    const status = user.error instanceof ApiError ? user.error.status : 0;
    if (status === 404 || status === 400) return <NotFoundResult message={t('users.detail.notFound')} />;
    if (status === 403) return <ForbiddenResult />;
    return <Alert type="error" showIcon title={apiErrorMessage(user.error, t)} />;
  }

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
  const activeTab = isExternal ? 'detalii' : tabFrom(searchParams.get('tab'));

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate(USERS_PATH)}
        style={{ paddingInline: 0, marginBottom: 8 }}
      >
        {t('common.back')}
      </Button>
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
      <Tabs
        activeKey={activeTab}
        items={tabs}
        onChange={(tab) => setSearchParams(tab === 'detalii' ? {} : { tab }, { replace: true })}
      />
    </>
  );
}
