import type { AuditEntry } from '@siui/core';
import { Alert, Button, Flex, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { apiErrorMessage } from '../common/api-error-message';
import { formatDateTimeSeconds } from '../common/format-date';
import { PageHeader } from '../common/PageHeader';
import { useHouseNames } from '../insurance-houses/insurance-houses.api';
import { AuditChanges } from './AuditChanges';
import { AuditFiltersBar } from './AuditFiltersBar';
import { type AuditFilters, useAuditTrail } from './audit.api';
import { IntegrityPanel } from './IntegrityPanel';

function orNone(value: string | null, none: string) {
  return value ?? <Typography.Text type="secondary">{none}</Typography.Text>;
}

/** *Jurnal de audit*: every change, newest first; a row unfolds to show the entity before and after. */
export default function AuditPage() {
  const { t } = useTranslation();
  const session = useSession();
  const houseName = useHouseNames();
  const [filters, setFilters] = useState<AuditFilters>({});
  const trail = useAuditTrail(filters);
  const entries = trail.data?.pages.flatMap((page) => page.items) ?? [];
  const none = t('common.none');

  const columns: TableProps<AuditEntry>['columns'] = [
    {
      key: 'at',
      dataIndex: 'at',
      title: t('audit.columns.at'),
      render: (at: string) => formatDateTimeSeconds(at),
    },
    {
      key: 'actor',
      dataIndex: 'actorUsername',
      title: t('audit.columns.actor'),
      render: (actor: string | null) => orNone(actor, none),
    },
    {
      key: 'house',
      dataIndex: 'insuranceHouse',
      title: t('audit.columns.house'),
      render: (code: string | null) =>
        code ? (
          <Tooltip title={houseName(code)}>
            <span>{code}</span>
          </Tooltip>
        ) : (
          none
        ),
    },
    {
      key: 'action',
      dataIndex: 'action',
      title: t('audit.columns.action'),
      render: (action: string) => <Tag>{action}</Tag>,
    },
    { key: 'entityType', dataIndex: 'entityType', title: t('audit.columns.entityType') },
    {
      key: 'entityId',
      dataIndex: 'entityId',
      title: t('audit.columns.entityId'),
      render: (id: string | null) => (id ? <Typography.Text code>{id}</Typography.Text> : none),
    },
    {
      key: 'clientIp',
      dataIndex: 'clientIp',
      title: t('audit.columns.clientIp'),
      render: (ip: string | null) => orNone(ip, none),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('pages.audit')} />
      {session.scope === 'ALL' ? <IntegrityPanel /> : null}
      <AuditFiltersBar filters={filters} onChange={setFilters} />
      {trail.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(trail.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<AuditEntry>
        caption={t('menu.audit')}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={entries}
        loading={trail.isFetching && !trail.isFetchingNextPage}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('audit.shown', { count: entries.length })}</Typography.Text>
        {trail.hasNextPage ? (
          <Button onClick={() => void trail.fetchNextPage()} loading={trail.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{trail.isSuccess ? t('audit.end') : null}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
