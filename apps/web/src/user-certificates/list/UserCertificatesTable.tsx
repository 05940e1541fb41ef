import { EyeOutlined } from '@ant-design/icons';
import type { Page, UserCertificate, UserCertificatesQuery } from '@siui/core';
import { Button, Empty, Flex, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../common/format-date';
import { pageFromTable, serverPagination } from '../../common/server-paged-table';
import { useHouseNames } from '../../insurance-houses/insurance-houses.api';
import { SerialText } from '../../pki/SerialText';
import { ValidityPeriod } from '../../pki/ValidityPeriod';
import { SuspendedTag } from '../SuspendedTag';
import { userCertificateDetailPath } from '../user-certificate-paths';

interface UserCertificatesTableProps {
  query: UserCertificatesQuery;
  page: Page<UserCertificate> | undefined;
  loading: boolean;
  onPageChange: (change: Pick<UserCertificatesQuery, 'page' | 'pageSize'>) => void;
}

/** The registered certificates: serial, external user and provider, authority, validity, suspended. */
export function UserCertificatesTable({ query, page, loading, onPageChange }: UserCertificatesTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const houseName = useHouseNames();
  const seesAllHouses = useSession().scope === 'ALL';
  const open = (certificate: UserCertificate) => navigate(userCertificateDetailPath(certificate.id));

  const columns: TableProps<UserCertificate>['columns'] = [
    {
      key: 'certificate',
      title: t('userCertificates.columns.certificate'),
      render: (_value, certificate) => (
        <Flex vertical gap={2} style={{ maxWidth: 230 }}>
          <SerialText value={certificate.serialNumberDisplay} />
          <Typography.Text type="secondary">{certificate.issuingAuthority.name}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'user',
      title: t('userCertificates.columns.user'),
      render: (_value, certificate) => (
        <Flex vertical style={{ minWidth: 180, maxWidth: 280, whiteSpace: 'normal' }}>
          <Typography.Text strong>{certificate.user.username}</Typography.Text>
          {certificate.provider ? (
            <Typography.Text type="secondary">
              {certificate.provider.code} · {certificate.provider.name}
            </Typography.Text>
          ) : null}
          {seesAllHouses ? (
            <Tooltip title={houseName(certificate.insuranceHouse)}>
              <Typography.Text type="secondary">{certificate.insuranceHouse}</Typography.Text>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'validity',
      title: t('userCertificates.columns.validity'),
      render: (_value, certificate) =>
        certificate.notBefore && certificate.notAfter ? (
          <ValidityPeriod notBefore={certificate.notBefore} notAfter={certificate.notAfter} />
        ) : (
          <Typography.Text type="secondary">{t('pki.validity.unknown')}</Typography.Text>
        ),
    },
    {
      key: 'suspended',
      dataIndex: 'suspended',
      title: t('userCertificates.columns.suspended'),
      render: (suspended: boolean) => <SuspendedTag suspended={suspended} short />,
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('userCertificates.columns.createdAt'),
      render: (createdAt: string) => formatDateTime(createdAt),
    },
    {
      key: 'actions',
      title: t('userCertificates.columns.actions'),
      fixed: 'right',
      render: (_value, certificate) => (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={(event) => {
            event.stopPropagation();
            open(certificate);
          }}
        >
          {t('userCertificates.open')}
        </Button>
      ),
    },
  ];

  return (
    <Table<UserCertificate>
      caption={t('menu.userCertificates')}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('userCertificates.empty')} />,
      }}
      onRow={(certificate) => ({ onClick: () => open(certificate), style: { cursor: 'pointer' } })}
      pagination={serverPagination(query, page?.total, (total) =>
        t('userCertificates.total', { count: total }),
      )}
      onChange={(pagination) => onPageChange(pageFromTable(pagination, query))}
    />
  );
}
