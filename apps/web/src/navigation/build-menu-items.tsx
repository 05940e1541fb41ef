import type { MenuProps } from 'antd';
import { Link } from 'react-router';
import { MENU_SECTION_KEYS, MENU_SECTIONS, type MenuLabelKey, type MenuSectionKey } from './menu-sections';
import type { ConsoleRoute } from './routes';

type MenuItem = NonNullable<MenuProps['items']>[number];

interface OrderedItem {
  order: number;
  item: MenuItem;
}

/** Menu key of a folder; page entries use their path as key. */
export function sectionMenuKey(section: MenuSectionKey): string {
  return `section:${section}`;
}

/**
 * Builds the left menu's tree from the pages the user may open: each page goes in its folder,
 * and folders left empty disappear, so the menu never shows a dead link.
 */
export function buildMenuItems(
  routes: readonly ConsoleRoute[],
  label: (key: MenuLabelKey) => string,
): MenuItem[] {
  function itemsIn(parent: MenuSectionKey | null): MenuItem[] {
    const pages: OrderedItem[] = routes
      .filter((route) => route.menu !== null && route.menu.section === parent)
      .map((route) => ({
        order: route.menu?.order ?? 0,
        item: {
          key: route.path,
          icon: route.icon,
          label: <Link to={route.path}>{label(route.labelKey)}</Link>,
        },
      }));
    const folders: OrderedItem[] = MENU_SECTION_KEYS.filter(
      (key) => MENU_SECTIONS[key].parent === parent,
    ).flatMap((key) => {
      const children = itemsIn(key);
      if (children.length === 0) return [];
      const section = MENU_SECTIONS[key];
      return [
        {
          order: section.order,
          item: { key: sectionMenuKey(key), icon: section.icon, label: label(section.labelKey), children },
        },
      ];
    });
    return [...pages, ...folders].sort((a, b) => a.order - b.order).map(({ item }) => item);
  }
  return itemsIn(null);
}
