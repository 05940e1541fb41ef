import type { UserCertificatesQuery } from '@siui/core';
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHasRight } from '../auth/session';
import { apiErrorMessage } from '../common/api-error-message';
import { NewButton } from '../common/NewButton';
import { PageHeader } from '../common/PageHeader';
import { CreateUserCertificateDrawer } from './create/CreateUserCertificateDrawer';
import { type UserCertificatesFilterChange, UserCertificatesFilters } from './list/UserCertificatesFilters';
import { UserCertificatesTable } from './list/UserCertificatesTable';
import { userCertificatesSearch } from './list/user-certificates-search-params';
import { useUserCertificatesPage } from './user-certificates.api';

/** *Administrare OCSP / Certificate utilizatori* (seed 2.2.2): *Nou*, fill in, *Salvează*. */
export default function UserCertificatesPage() {
  const { t } = useTranslation();
  const canManage = useHasRight('CERTIFICATES_MANAGE');
  const [searchParams, setSearchParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const query = userCertificatesSearch.fromSearch(searchParams);
  const certificates = useUserCertificatesPage(query);

  const show = (next: UserCertificatesQuery) => setSearchParams(userCertificatesSearch.toSearch(next));
  const filter = (change: UserCertificatesFilterChange) => show({ ...query, ...change, page: 1 });

  return (
    <>
      <PageHeader
        title={t('userCertificates.title')}
        description={t('pages.userCertificates')}
        actions={canManage ? <NewButton onClick={() => setCreating(true)} /> : null}
      />
      <UserCertificatesFilters
        query={query}
        onChange={filter}
        onReset={() => setSearchParams(new URLSearchParams())}
      />
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
        onPageChange={(change) => show({ ...query, ...change })}
      />
      {canManage ? <CreateUserCertificateDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
