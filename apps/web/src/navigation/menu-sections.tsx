import { SettingOutlined, ShopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Translation } from '../i18n/ro';

// The folders of the left menu, in the order and with the names of the SIUI 2.0 user guide:
// Furnizori / …, Configurări / Configurare de sistem / Securitate / …,
// Configurări / Configurare de sistem / Administrare OCSP / …
// A folder is shown only when the user may open at least one page inside it.

export type MenuSectionKey = 'providers' | 'configuration' | 'systemConfiguration' | 'security' | 'ocsp';

export type MenuLabelKey = `menu.${keyof Translation['menu']}`;

export interface MenuSection {
  labelKey: MenuLabelKey;
  /** The folder it sits in; `null` for the top level. */
  parent: MenuSectionKey | null;
  /** Position among its siblings (folders and pages alike), smallest first. */
  order: number;
  icon?: ReactNode;
}

export const MENU_SECTIONS: Record<MenuSectionKey, MenuSection> = {
  providers: { labelKey: 'menu.providers', parent: null, order: 20, icon: <ShopOutlined /> },
  configuration: { labelKey: 'menu.configuration', parent: null, order: 30, icon: <SettingOutlined /> },
  systemConfiguration: { labelKey: 'menu.systemConfiguration', parent: 'configuration', order: 10 },
  security: { labelKey: 'menu.security', parent: 'systemConfiguration', order: 10 },
  ocsp: { labelKey: 'menu.ocspAdministration', parent: 'systemConfiguration', order: 20 },
};

export const MENU_SECTION_KEYS = Object.keys(MENU_SECTIONS) as MenuSectionKey[];

/** The folders from the top of the menu down to `section`, e.g. configuration → systemConfiguration → security. */
export function sectionTrail(section: MenuSectionKey | null): MenuSectionKey[] {
  const trail: MenuSectionKey[] = [];
  for (let key = section; key !== null; key = MENU_SECTIONS[key].parent) trail.unshift(key);
  return trail;
}
