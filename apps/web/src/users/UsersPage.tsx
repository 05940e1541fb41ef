import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../auth/session';
import { apiErrorMessage } from '../common/api-error-message';
import { NewButton } from '../common/NewButton';
import { PageHeader } from '../common/PageHeader';
import { useListQuery } from '../common/use-list-query';
import { CreateUserDrawer } from './create/CreateUserDrawer';
import { type UsersFilterChange, UsersFilters } from './list/UsersFilters';
import { UsersTable } from './list/UsersTable';
import { usersSearch } from './list/users-search-params';
import { useUsersPage } from './users.api';

/** *Configurări / Configurare de sistem / Securitate / Utilizatori* (seed, figures 3 and 4). */
export default function UsersPage() {
  const { t } = useTranslation();
  const canManage = useHasRight('USERS_MANAGE');
  const [creating, setCreating] = useState(false);
  const { query, show, reset } = useListQuery(usersSearch);
  const users = useUsersPage(query);

  const filter = (change: UsersFilterChange) => show({ ...change, page: 1 });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('pages.users')}
        actions={canManage ? <NewButton onClick={() => setCreating(true)} /> : null}
      />
      <UsersFilters query={query} onChange={filter} onReset={reset} />
      {users.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(users.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <UsersTable query={query} page={users.data} loading={users.isFetching} onPageChange={show} />
      {canManage ? <CreateUserDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
