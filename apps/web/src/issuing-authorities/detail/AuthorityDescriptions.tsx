import { formatSerialForDisplay, type IssuingAuthority } from '@siui/core';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format-date';
import { ValidityTag } from '../../pki/ValidityPeriod';
import { AuthorityActiveBadge, OcspPolicyTag } from '../IssuingAuthorityTags';

function Mono({ children, copyable = false }: { children: string; copyable?: boolean }) {
  return (
    <Typography.Text code copyable={copyable} style={{ wordBreak: 'break-all' }}>
      {children}
    </Typography.Text>
  );
}

/** Every field of an issuing authority, as read from its certificate and as set by CNAS. */
export function AuthorityDescriptions({ authority }: { authority: IssuingAuthority }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('issuingAuthorities.detail.none')}</Typography.Text>;
  const url = (value: string | null) => (value ? <Mono copyable>{value}</Mono> : none);

  const items: DescriptionsProps['items'] = [
    { key: 'subject', label: t('issuingAuthorities.detail.subject'), children: authority.subjectDn, span: 2 },
    {
      key: 'issuer',
      label: t('issuingAuthorities.detail.issuer'),
      span: 2,
      children: (
        <>
          {authority.issuerDn}
          {authority.selfSigned ? (
            <Typography.Text type="secondary"> · {t('issuingAuthorities.detail.selfSigned')}</Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'serial',
      label: t('issuingAuthorities.detail.serialNumber'),
      span: 2,
      children: <Mono copyable>{formatSerialForDisplay(authority.serialNumber)}</Mono>,
    },
    {
      key: 'fingerprint',
      label: t('pki.fingerprint'),
      span: 2,
      children: <Mono copyable>{formatSerialForDisplay(authority.sha256Fingerprint)}</Mono>,
    },
    {
      key: 'ski',
      label: t('issuingAuthorities.detail.subjectKeyIdentifier'),
      span: 2,
      children: authority.subjectKeyIdentifier ? (
        <Mono>{formatSerialForDisplay(authority.subjectKeyIdentifier)}</Mono>
      ) : (
        none
      ),
    },
    {
      key: 'notBefore',
      label: t('issuingAuthorities.detail.notBefore'),
      children: formatDateTime(authority.notBefore),
    },
    {
      key: 'notAfter',
      label: t('issuingAuthorities.detail.notAfter'),
      children: (
        <>
          {formatDateTime(authority.notAfter)}{' '}
          <ValidityTag notBefore={authority.notBefore} notAfter={authority.notAfter} />
        </>
      ),
    },
    { key: 'ocspUrl', label: t('issuingAuthorities.detail.ocspUrl'), children: url(authority.ocspUrl) },
    { key: 'crlUrl', label: t('issuingAuthorities.detail.crlUrl'), children: url(authority.crlUrl) },
    {
      key: 'policy',
      label: t('issuingAuthorities.detail.policy'),
      children: <OcspPolicyTag policy={authority.ocspPolicy} />,
    },
    {
      key: 'active',
      label: t('issuingAuthorities.detail.active'),
      children: <AuthorityActiveBadge active={authority.active} />,
    },
    {
      key: 'createdAt',
      label: t('issuingAuthorities.detail.createdAt'),
      children: formatDateTime(authority.createdAt),
    },
    {
      key: 'updatedAt',
      label: t('issuingAuthorities.detail.updatedAt'),
      children: formatDateTime(authority.updatedAt),
    },
  ];

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, lg: 2 }}
      items={items}
      styles={{ label: { width: 200 } }}
      data-testid="authority-details"
    />
  );
}
