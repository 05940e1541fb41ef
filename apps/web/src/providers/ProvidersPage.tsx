import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../auth/session';
import { apiErrorMessage } from '../common/api-error-message';
import { NewButton } from '../common/NewButton';
import { PageHeader } from '../common/PageHeader';
import { useListQuery } from '../common/use-list-query';
import { CreateProviderDrawer } from './create/CreateProviderDrawer';
import { ImportProvidersModal } from './import/ImportProvidersModal';
import { type ProvidersFilterChange, ProvidersFilters } from './list/ProvidersFilters';
import { ProvidersTable } from './list/ProvidersTable';
import { providersSearch } from './list/providers-search-params';
import { useProvidersPage } from './providers.api';

/** *Furnizori / Persoane juridice* (seed 2.1): select the provider, press *Modifică*. */
export default function ProvidersPage() {
  const { t } = useTranslation();
  const canEdit = useHasRight('PROVIDERS_EDIT');
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const { query, show, reset } = useListQuery(providersSearch);
  const providers = useProvidersPage(query);

  const filter = (change: ProvidersFilterChange) => show({ ...change, page: 1 });

  return (
    <>
      <PageHeader
        title={t('providers.title')}
        description={t('pages.providers')}
        actions={
          canEdit ? (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>
                {t('providers.import.button')}
              </Button>
              <NewButton onClick={() => setDialog('create')} />
            </>
          ) : null
        }
      />
      <ProvidersFilters query={query} onChange={filter} onReset={reset} />
      {providers.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorMessage(providers.error, t)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <ProvidersTable
        query={query}
        page={providers.data}
        loading={providers.isFetching}
        onPageChange={show}
      />
      {canEdit ? (
        <>
          <CreateProviderDrawer open={dialog === 'create'} onClose={() => setDialog(null)} />
          <ImportProvidersModal open={dialog === 'import'} onClose={() => setDialog(null)} />
        </>
      ) : null}
    </>
  );
}
