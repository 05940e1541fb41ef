import { formatSerialForDisplay, type UserCertificateDetail } from '@siui/core';
import { Alert, Descriptions, type DescriptionsProps, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../common/format-date';
import { useHouseNames } from '../../insurance-houses/insurance-houses.api';
import { issuingAuthorityDetailPath } from '../../issuing-authorities/issuing-authority-paths';
import { ValidityTag } from '../../pki/ValidityPeriod';
import { providerDetailPath } from '../../providers/provider-paths';
import { userDetailPath } from '../../users/user-paths';
import { NotesForm } from './NotesForm';
import { SuspendedControl } from './SuspendedControl';

function Mono({ children }: { children: string }) {
  return (
    <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
      {children}
    </Typography.Text>
  );
}

/** *Detalii certificat* (seed figure 6): every field, *Suspendat* with its box (figure 7), the notes. */
export function CertificateDetailsTab({ certificate }: { certificate: UserCertificateDetail }) {
  const { t } = useTranslation();
  const houseName = useHouseNames();
  const none = <Typography.Text type="secondary">{t('userCertificates.detail.none')}</Typography.Text>;
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : none);

  const items: DescriptionsProps['items'] = [
    {
      key: 'user',
      label: t('userCertificates.detail.user'),
      children: <Link to={userDetailPath(certificate.user.id)}>{certificate.user.username}</Link>,
    },
    {
      key: 'provider',
      label: t('userCertificates.detail.provider'),
      children: certificate.provider ? (
        <Link to={providerDetailPath(certificate.provider.id)}>
          {certificate.provider.code} · {certificate.provider.name}
        </Link>
      ) : (
        none
      ),
    },
    {
      key: 'authority',
      label: t('userCertificates.detail.authority'),
      children: (
        <Link to={issuingAuthorityDetailPath(certificate.issuingAuthority.id)}>
          {certificate.issuingAuthority.name}
        </Link>
      ),
    },
    {
      key: 'house',
      label: t('userCertificates.detail.house'),
      children: houseName(certificate.insuranceHouse),
    },
    {
      key: 'serial',
      label: t('userCertificates.detail.serialNumber'),
      span: 2,
      children: <Mono>{certificate.serialNumberDisplay}</Mono>,
    },
    {
      key: 'suspended',
      label: t('userCertificates.detail.suspended'),
      span: 2,
      children: <SuspendedControl certificate={certificate} />,
    },
    {
      key: 'subject',
      label: t('userCertificates.detail.subject'),
      span: 2,
      children: certificate.subjectDn ?? none,
    },
    { key: 'notBefore', label: t('userCertificates.detail.notBefore'), children: at(certificate.notBefore) },
    {
      key: 'notAfter',
      label: t('userCertificates.detail.notAfter'),
      children:
        certificate.notBefore && certificate.notAfter ? (
          <>
            {formatDateTime(certificate.notAfter)}{' '}
            <ValidityTag notBefore={certificate.notBefore} notAfter={certificate.notAfter} />
          </>
        ) : (
          none
        ),
    },
    {
      key: 'fingerprint',
      label: t('pki.fingerprint'),
      span: 2,
      children: certificate.sha256Fingerprint ? (
        <Mono>{formatSerialForDisplay(certificate.sha256Fingerprint)}</Mono>
      ) : (
        none
      ),
    },
    {
      key: 'file',
      label: t('userCertificates.detail.file'),
      span: 2,
      children: t(
        certificate.hasCertificateFile
          ? 'userCertificates.detail.fileKept'
          : 'userCertificates.detail.fileMissing',
      ),
    },
    {
      key: 'suspendedAt',
      label: t('userCertificates.detail.suspendedAt'),
      children: at(certificate.suspendedAt),
    },
    { key: 'updatedAt', label: t('userCertificates.detail.updatedAt'), children: at(certificate.updatedAt) },
    {
      key: 'createdAt',
      label: t('userCertificates.detail.createdAt'),
      span: 2,
      children: t('userCertificates.detail.by', {
        at: formatDateTime(certificate.createdAt),
        by: certificate.createdBy ?? t('userCertificates.history.unknownUser'),
      }),
    },
  ];

  return (
    <>
      {certificate.suspended ? (
        <Alert
          type="error"
          showIcon
          title={t('userCertificates.detail.suspendedNote')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {certificate.warnings.map((warning) => (
        <Alert
          key={warning.code}
          type={warning.code === 'EXPIRES_SOON' ? 'warning' : 'error'}
          showIcon
          title={warning.message}
          style={{ marginBottom: 16 }}
        />
      ))}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={items}
        styles={{ label: { width: 190 } }}
        data-testid="certificate-details"
      />
      <Divider titlePlacement="start">{t('userCertificates.detail.notes')}</Divider>
      <div style={{ maxWidth: 720 }}>
        <NotesForm certificate={certificate} />
      </div>
    </>
  );
}
