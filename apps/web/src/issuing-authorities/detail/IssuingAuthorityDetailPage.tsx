import { Alert, Card, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useHasRight } from '../../auth/session';
import { BackLink } from '../../common/BackLink';
import { PageHeader } from '../../common/PageHeader';
import { QueryStatus } from '../../common/QueryStatus';
import { PemBlock } from '../../pki/PemBlock';
import { ValidityTag } from '../../pki/ValidityPeriod';
import { AuthorityActiveBadge } from '../IssuingAuthorityTags';
import { useIssuingAuthority } from '../issuing-authorities.api';
import { ISSUING_AUTHORITIES_PATH } from '../issuing-authority-paths';
import { AuthorityActiveSwitch } from './AuthorityActiveSwitch';
import { AuthorityDescriptions } from './AuthorityDescriptions';
import { AuthoritySettingsForm } from './AuthoritySettingsForm';

/** An issuing authority: every field, the certificate; CNAS also edits its settings and state. */
export default function IssuingAuthorityDetailPage() {
  const { t } = useTranslation();
  const canManage = useHasRight('ISSUING_AUTHORITIES_MANAGE');
  const { authorityId = '' } = useParams();
  const authority = useIssuingAuthority(authorityId);

  if (authority.isPending || authority.isError)
    return <QueryStatus query={authority} notFound={t('issuingAuthorities.detail.notFound')} />;

  const detail = authority.data;
  const certificate = (
    <Card size="small" title={t('issuingAuthorities.detail.certificate')}>
      <PemBlock pem={detail.certificatePem} filename={`${fileNameOf(detail.name)}.pem`} />
    </Card>
  );

  return (
    <>
      <BackLink to={ISSUING_AUTHORITIES_PATH} />
      <PageHeader
        title={
          <Flex align="center" gap={12} wrap>
            <span>{detail.name}</span>
            <AuthorityActiveBadge active={detail.active} />
            <ValidityTag notBefore={detail.notBefore} notAfter={detail.notAfter} />
          </Flex>
        }
        description={detail.subjectDn}
      />
      {canManage ? null : (
        <Alert type="info" showIcon title={t('issuingAuthorities.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <AuthorityDescriptions authority={detail} />
      {canManage ? (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={10}>
            <Card
              size="small"
              title={t('issuingAuthorities.form.editTitle')}
              extra={<AuthorityActiveSwitch authority={detail} />}
            >
              <AuthoritySettingsForm authority={detail} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            {certificate}
          </Col>
        </Row>
      ) : (
        <div style={{ marginTop: 16 }}>{certificate}</div>
      )}
    </>
  );
}

/** A file name from the authority's name: letters, digits and dashes. */
function fileNameOf(name: string): string {
  const simple = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return simple || 'autoritate';
}
