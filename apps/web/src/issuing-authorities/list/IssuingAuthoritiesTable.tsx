import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import type { IssuingAuthority } from '@siui/core';
import { Button, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHasRight } from '../../auth/session';
import { ValidityPeriod } from '../../pki/ValidityPeriod';
import { AuthorityActiveBadge, OcspPolicyTag } from '../IssuingAuthorityTags';
import { issuingAuthorityDetailPath } from '../issuing-authority-paths';

interface IssuingAuthoritiesTableProps {
  authorities: IssuingAuthority[] | undefined;
  loading: boolean;
}

/** Name and subject, validity (expired / expiring highlighted), OCSP address and policy, state. */
export function IssuingAuthoritiesTable({ authorities, loading }: IssuingAuthoritiesTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useHasRight('ISSUING_AUTHORITIES_MANAGE');
  const open = (authority: IssuingAuthority) => navigate(issuingAuthorityDetailPath(authority.id));

  const columns: TableProps<IssuingAuthority>['columns'] = [
    {
      key: 'name',
      title: t('issuingAuthorities.columns.name'),
      render: (_value, authority) => (
        <Flex vertical style={{ minWidth: 200, maxWidth: 320, whiteSpace: 'normal' }}>
          <Typography.Text strong>{authority.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {authority.subjectDn}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'validity',
      title: t('issuingAuthorities.columns.validity'),
      render: (_value, authority) => (
        <ValidityPeriod notBefore={authority.notBefore} notAfter={authority.notAfter} />
      ),
    },
    {
      key: 'ocspUrl',
      dataIndex: 'ocspUrl',
      title: t('issuingAuthorities.columns.ocspUrl'),
      render: (url: string | null) =>
        url ? (
          <Typography.Text style={{ wordBreak: 'break-all', display: 'inline-block', maxWidth: 240 }}>
            {url}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('issuingAuthorities.noOcsp')}</Typography.Text>
        ),
    },
    {
      key: 'policy',
      dataIndex: 'ocspPolicy',
      title: t('issuingAuthorities.columns.policy'),
      render: (policy: IssuingAuthority['ocspPolicy']) => <OcspPolicyTag policy={policy} />,
    },
    {
      key: 'active',
      dataIndex: 'active',
      title: t('issuingAuthorities.columns.active'),
      render: (active: boolean) => <AuthorityActiveBadge active={active} />,
    },
    {
      key: 'actions',
      title: t('issuingAuthorities.columns.actions'),
      render: (_value, authority) => (
        <Button
          type="link"
          size="small"
          icon={canManage ? <EditOutlined /> : <EyeOutlined />}
          onClick={(event) => {
            event.stopPropagation();
            open(authority);
          }}
        >
          {canManage ? t('common.edit') : t('issuingAuthorities.details')}
        </Button>
      ),
    },
  ];

  return (
    <Table<IssuingAuthority>
      caption={t('menu.issuingAuthorities')}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={authorities ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('issuingAuthorities.empty')} />,
      }}
      onRow={(authority) => ({ onClick: () => open(authority), style: { cursor: 'pointer' } })}
      pagination={{
        hideOnSinglePage: true,
        pageSize: 50,
        showTotal: (total) => t('issuingAuthorities.total', { count: total }),
      }}
    />
  );
}
