import type { Page, User, UsersQuery } from '@siui/core';
import { Badge, Button, Flex, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHasRight } from '../../auth/session';
import { serverPagination, sortedPageFromTable } from '../../common/server-paged-table';
import { useHouseNames } from '../../insurance-houses/insurance-houses.api';
import { useRoleNames } from '../../roles/role-names';
import { UserKindTag } from '../UserKindTag';
import { userDetailPath } from '../user-paths';
import { columnSortOrder, sortFromTable } from './users-search-params';

interface UsersTableProps {
  query: UsersQuery;
  page: Page<User> | undefined;
  loading: boolean;
  onPageChange: (change: Pick<UsersQuery, 'page' | 'pageSize' | 'sort'>) => void;
}

/** Internal and external users, paged and sorted by the server; a row opens the user's detail. */
export function UsersTable({ query, page, loading, onPageChange }: UsersTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const houseName = useHouseNames();
  const roleName = useRoleNames();
  const canManage = useHasRight('USERS_MANAGE');

  const columns: TableProps<User>['columns'] = [
    {
      key: 'username',
      dataIndex: 'username',
      title: t('users.columns.username'),
      sorter: true,
      sortOrder: columnSortOrder(query.sort, 'username'),
      render: (username: string) => <Typography.Text strong>{username}</Typography.Text>,
    },
    {
      key: 'fullName',
      dataIndex: 'fullName',
      title: t('users.columns.fullName'),
      sorter: true,
      sortOrder: columnSortOrder(query.sort, 'fullName'),
    },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('users.columns.kind'),
      render: (_kind, user) => <UserKindTag kind={user.kind} />,
    },
    {
      key: 'insuranceHouse',
      dataIndex: 'insuranceHouse',
      title: t('users.columns.house'),
      render: (code: string) => (
        <Tooltip title={houseName(code)}>
          <span>{code}</span>
        </Tooltip>
      ),
    },
    {
      key: 'roles',
      dataIndex: 'roles',
      title: t('users.columns.roles'),
      render: (roles: string[]) =>
        roles.length === 0 ? (
          t('common.none')
        ) : (
          <Flex wrap gap={4}>
            {roles.map((code) => (
              <Tag key={code}>{roleName(code)}</Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'active',
      dataIndex: 'active',
      title: t('users.columns.active'),
      render: (active: boolean) => (
        <Badge
          status={active ? 'success' : 'default'}
          text={t(active ? 'users.state.active' : 'users.state.inactive')}
        />
      ),
    },
    {
      key: 'provider',
      dataIndex: 'provider',
      title: t('users.columns.provider'),
      // The code is what the seed filters by; the name is in the tooltip (and is the user's full name).
      render: (provider: User['provider']) =>
        provider ? (
          <Tooltip title={provider.name}>
            <Typography.Text code>{provider.code}</Typography.Text>
          </Tooltip>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'actions',
      title: t('users.columns.actions'),
      render: (_value, user) => (
        <Button
          type="link"
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            navigate(userDetailPath(user.id));
          }}
        >
          {canManage ? t('common.edit') : t('users.detail.tabs.details')}
        </Button>
      ),
    },
  ];

  return (
    <Table<User>
      caption={t('menu.users')}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(user) => ({ onClick: () => navigate(userDetailPath(user.id)), style: { cursor: 'pointer' } })}
      pagination={serverPagination(query, page?.total, (total) => t('users.total', { count: total }))}
      onChange={(pagination, _filters, sorter) =>
        onPageChange(sortedPageFromTable(pagination, sorter, query, sortFromTable))
      }
    />
  );
}
