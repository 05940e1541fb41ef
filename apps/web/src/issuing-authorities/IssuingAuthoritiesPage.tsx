import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../auth/session';
import { apiErrorMessage } from '../common/api-error-message';
import { NewButton } from '../common/NewButton';
import { PageHeader } from '../common/PageHeader';
import { CreateIssuingAuthorityDrawer } from './create/CreateIssuingAuthorityDrawer';
import { useIssuingAuthorities } from './issuing-authorities.api';
import { IssuingAuthoritiesTable } from './list/IssuingAuthoritiesTable';

/**
 * *Administrare OCSP / Autorități emitente*: managed at CNAS; a county house only views them
 * (seed 2.2.2, "Log OCSP și Autorități emitente").
 */
export default function IssuingAuthoritiesPage() {
  const { t } = useTranslation();
  const canManage = useHasRight('ISSUING_AUTHORITIES_MANAGE');
  const [creating, setCreating] = useState(false);
  const authorities = useIssuingAuthorities();

  return (
    <>
      <PageHeader
        title={t('issuingAuthorities.title')}
        description={t('pages.issuingAuthorities')}
        actions={canManage ? <NewButton onClick={() => setCreating(true)} /> : null}
      />
      {canManage ? null : (
        <Alert
          type="info"
          showIcon
          title={t('issuingAuthorities.readOnly')}
          style={{ marginBottom: 16 }}
          data-testid="authorities-read-only"
        />
      )}
      {authorities.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorMessage(authorities.error, t)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <IssuingAuthoritiesTable authorities={authorities.data} loading={authorities.isFetching} />
      {canManage ? <CreateIssuingAuthorityDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
