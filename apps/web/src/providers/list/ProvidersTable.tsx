import { EditOutlined } from '@ant-design/icons';
import type { Page, Provider, ProvidersQuery } from '@siui/core';
import { Button, Empty, Flex, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHasRight, useSession } from '../../auth/session';
import { serverPagination, sortedPageFromTable } from '../../common/server-paged-table';
import { useHouseNames } from '../../insurance-houses/insurance-houses.api';
import { ContractPeriod } from '../ContractPeriod';
import { KeyStateTag, ProviderActiveBadge, ProviderCategoryTag } from '../ProviderTags';
import { providerDetailPath } from '../provider-paths';
import { providersSearch } from './providers-search-params';

interface ProvidersTableProps {
  query: ProvidersQuery;
  page: Page<Provider> | undefined;
  loading: boolean;
  onPageChange: (change: Pick<ProvidersQuery, 'page' | 'pageSize' | 'sort'>) => void;
}

/** The house's providers, paged and sorted by the server; *Modifică* opens the detail (seed 2.1). */
export function ProvidersTable({ query, page, loading, onPageChange }: ProvidersTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const houseName = useHouseNames();
  const canEdit = useHasRight('PROVIDERS_EDIT');
  const seesAllHouses = useSession().scope === 'ALL';
  const sortOrder = (column: string) => providersSearch.columnSortOrder(query.sort, column);

  const columns: TableProps<Provider>['columns'] = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('providers.columns.code'),
      sorter: true,
      sortOrder: sortOrder('code'),
      // CNAS sees every house: the provider's house is shown under its code (a code is unique per house).
      render: (code: string, provider) => (
        <Flex vertical>
          <Typography.Text strong>{code}</Typography.Text>
          {seesAllHouses ? (
            <Tooltip title={houseName(provider.insuranceHouse)}>
              <Typography.Text type="secondary">{provider.insuranceHouse}</Typography.Text>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('providers.columns.name'),
      sorter: true,
      sortOrder: sortOrder('name'),
      // Long names (hospitals, pharmacy chains) wrap instead of pushing the actions out of sight.
      render: (name: string) => (
        <div style={{ minWidth: 200, maxWidth: 300, whiteSpace: 'normal' }}>{name}</div>
      ),
    },
    { key: 'fiscalCode', dataIndex: 'fiscalCode', title: t('providers.columns.fiscalCode') },
    {
      key: 'category',
      dataIndex: 'category',
      title: t('providers.columns.category'),
      render: (_category, provider) => <ProviderCategoryTag category={provider.category} />,
    },
    {
      key: 'contractEnd',
      title: t('providers.columns.contract'),
      sorter: true,
      sortOrder: sortOrder('contractEnd'),
      render: (_value, provider) => <ContractPeriod contract={provider} />,
    },
    {
      key: 'keyState',
      dataIndex: 'keyState',
      title: t('providers.columns.keyState'),
      render: (keyState: Provider['keyState']) => <KeyStateTag keyState={keyState} />,
    },
    {
      key: 'active',
      dataIndex: 'active',
      title: t('providers.columns.active'),
      render: (active: boolean) => <ProviderActiveBadge active={active} />,
    },
    {
      key: 'actions',
      title: t('providers.columns.actions'),
      fixed: 'right',
      render: (_value, provider) => (
        <Button
          type="link"
          size="small"
          icon={canEdit ? <EditOutlined /> : undefined}
          onClick={(event) => {
            event.stopPropagation();
            navigate(providerDetailPath(provider.id));
          }}
        >
          {canEdit ? t('common.edit') : t('providers.detail.tabs.data')}
        </Button>
      ),
    },
  ];

  return (
    <Table<Provider>
      caption={t('menu.legalEntities')}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('providers.empty')} />,
      }}
      onRow={(provider) => ({
        onClick: () => navigate(providerDetailPath(provider.id)),
        style: { cursor: 'pointer' },
      })}
      pagination={serverPagination(query, page?.total, (total) => t('providers.total', { count: total }))}
      onChange={(pagination, _filters, sorter) =>
        onPageChange(sortedPageFromTable(pagination, sorter, query, providersSearch.sortFromTable))
      }
    />
  );
}
