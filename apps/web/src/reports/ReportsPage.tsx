import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../common/api-error-message';
import { PageHeader } from '../common/PageHeader';
import { useListQuery } from '../common/use-list-query';
import { type ReportsFilterChange, ReportsFilters } from './ReportsFilters';
import { ReportsTable } from './ReportsTable';
import { useReportsPage } from './reports.api';
import { reportsSearch } from './reports-search-params';

/** *Furnizori / Raportări*: what the providers sent online, with the state and validation messages. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { query, show, reset } = useListQuery(reportsSearch);
  const reports = useReportsPage(query);

  const filter = (change: ReportsFilterChange) => show({ ...change, page: 1 });

  return (
    <>
      <PageHeader title={t('reports.title')} description={t('pages.reports')} />
      <ReportsFilters query={query} onChange={filter} onReset={reset} />
      {reports.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(reports.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <ReportsTable query={query} page={reports.data} loading={reports.isFetching} onPageChange={show} />
    </>
  );
}
