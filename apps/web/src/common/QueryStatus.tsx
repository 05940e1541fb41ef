import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { apiErrorMessage } from './api-error-message';
import { LoadingBlock } from './LoadingBlock';
import { ForbiddenResult, NotFoundResult } from './StatusResults';

interface QueryStatusProps {
  query: { isPending: boolean; error: unknown };
  /** What to say when the record does not exist (or its id in the address is malformed). */
  notFound: string;
}

/**
 * What a detail page shows instead of its record while the record is on its way or could not be
 * read: `if (query.isPending || query.isError) return <QueryStatus query={query} notFound={…} />`.
 */
export function QueryStatus({ query, notFound }: QueryStatusProps) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingBlock />;
  if (!query.error) return null;
  const status = query.error instanceof ApiError ? query.error.status : 0;
  // 400 too: the API rejects an id that is not one of its ids, which to the user is "no such record".
  if (status === 404 || status === 400) return <NotFoundResult message={notFound} />;
  if (status === 403) return <ForbiddenResult />;
  return <Alert type="error" showIcon title={apiErrorMessage(query.error, t)} />;
}
