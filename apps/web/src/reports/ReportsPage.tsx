import type { ReportsQuery } from '@siui/core';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiErrorMessage } from '../common/api-error-message';
import { PageHeader } from '../common/PageHeader';
import { type ReportsFilterChange, ReportsFilters } from './ReportsFilters';
import { ReportsTable } from './ReportsTable';
import { useReportsPage } from './reports.api';
import { reportsSearch } from './reports-search-params';

/** *Furnizori / Raportări*: what the providers sent online, with the state and validation messages. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = reportsSearch.fromSearch(searchParams);
  const reports = useReportsPage(query);

  const show = (next: ReportsQuery) => setSearchParams(reportsSearch.toSearch(next));
  const filter = (change: ReportsFilterChange) => show({ ...query, ...change, page: 1 });

  return (
    <>
      <PageHeader title={t('reports.title')} description={t('pages.reports')} />
      <ReportsFilters
        query={query}
        onChange={filter}
        onReset={() => setSearchParams(new URLSearchParams())}
      />
      {reports.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(reports.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <ReportsTable
        query={query}
        page={reports.data}
        loading={reports.isFetching}
        onPageChange={(change) => show({ ...query, ...change })}
      />
    </>
  );
}
