import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MENU_SECTIONS, sectionTrail } from './menu-sections';
import { menuRouteForPath } from './route-lookup';

/** The page's place in the menu, worded like the user guide: Configurări / … / Utilizatori. */
export function RouteBreadcrumb() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const route = menuRouteForPath(pathname);
  if (!route || route.path === '/') return null;

  const folders = sectionTrail(route.menu?.section ?? null).map((key) => ({
    title: t(MENU_SECTIONS[key].labelKey),
  }));
  const isDetail = pathname !== route.path;
  const page = { title: isDetail ? <Link to={route.path}>{t(route.labelKey)}</Link> : t(route.labelKey) };
  return <Breadcrumb items={[...folders, page]} />;
}
