import { Menu } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { buildMenuItems, sectionMenuKey } from './build-menu-items';
import { MENU_SECTION_KEYS } from './menu-sections';
import { menuRouteForPath, menuRoutesFor } from './route-lookup';

/** The left menu: the seed's tree, limited to the pages the logged-in user may open. */
export function ConsoleMenu() {
  const user = useSession();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = useMemo(() => buildMenuItems(menuRoutesFor(user), (key) => t(key)), [user, t]);
  const selected = menuRouteForPath(pathname);

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      defaultOpenKeys={MENU_SECTION_KEYS.map(sectionMenuKey)}
      aria-label={t('app.module')}
    />
  );
}
