import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../auth/session';
import { apiErrorMessage } from '../common/api-error-message';
import { NewButton } from '../common/NewButton';
import { PageHeader } from '../common/PageHeader';
import { useListQuery } from '../common/use-list-query';
import { CreateUserCertificateDrawer } from './create/CreateUserCertificateDrawer';
import { type UserCertificatesFilterChange, UserCertificatesFilters } from './list/UserCertificatesFilters';
import { UserCertificatesTable } from './list/UserCertificatesTable';
import { userCertificatesSearch } from './list/user-certificates-search-params';
import { useUserCertificatesPage } from './user-certificates.api';

/** *Administrare OCSP / Certificate utilizatori* (seed 2.2.2): *Nou*, fill in, *Salvează*. */
export default function UserCertificatesPage() {
  const { t } = useTranslation();
  const canManage = useHasRight('CERTIFICATES_MANAGE');
  const [creating, setCreating] = useState(false);
  const { query, show, reset } = useListQuery(userCertificatesSearch);
  const certificates = useUserCertificatesPage(query);

  const filter = (change: UserCertificatesFilterChange) => show({ ...change, page: 1 });

  return (
    <>
      <PageHeader
        title={t('userCertificates.title')}
        description={t('pages.userCertificates')}
        actions={canManage ? <NewButton onClick={() => setCreating(true)} /> : null}
      />
      <UserCertificatesFilters query={query} onChange={filter} onReset={reset} />
      {certificates.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorMessage(certificates.error, t)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <UserCertificatesTable
        query={query}
        page={certificates.data}
        loading={certificates.isFetching}
        onPageChange={show}
      />
      {canManage ? <CreateUserCertificateDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
