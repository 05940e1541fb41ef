import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRight, useSession } from '../auth/session';
import { LoadingBlock } from '../common/LoadingBlock';
import { ForbiddenResult } from '../common/StatusResults';
import type { ConsoleRoute } from './routes';

/** Renders a registry page, or the 403 page when the user lacks its right. */
export function RoutePage({ route }: { route: ConsoleRoute }) {
  const user = useSession();
  const { t } = useTranslation();
  const title = `${t(route.labelKey)} — ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  if (!hasRight(user, route.requiredRight)) return <ForbiddenResult />;
  const Page = route.component;
  return (
    <Suspense fallback={<LoadingBlock />}>
      <Page />
    </Suspense>
  );
}
