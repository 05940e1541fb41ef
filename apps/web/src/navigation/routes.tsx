import { AuditOutlined, HomeOutlined } from '@ant-design/icons';
import type { Right } from '@siui/core';
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { Translation } from '../i18n/ro';
import { ISSUING_AUTHORITIES_PATH } from '../issuing-authorities/issuing-authority-paths';
import { OCSP_LOG_PATH } from '../ocsp-log/ocsp-log-paths';
import { PROVIDERS_PATH } from '../providers/provider-paths';
import { REPORTS_PATH } from '../reports/report-paths';
import { USER_CERTIFICATES_PATH } from '../user-certificates/user-certificate-paths';
import { USERS_PATH } from '../users/user-paths';
import type { MenuLabelKey, MenuSectionKey } from './menu-sections';

/**
 * One page of the console. This registry is the only place that knows which pages exist:
 * the router, the left menu, the breadcrumb, the 403 check and the home page are all built
 * from it. A later feature adds its page by adding one entry here.
 */
export interface ConsoleRoute {
  /** Absolute path, in Romanian like the menu (`/configurari/securitate/utilizatori`). */
  path: string;
  labelKey: MenuLabelKey;
  /** Where the page sits in the left menu; `null` for pages reached from another page (details). */
  menu: { section: MenuSectionKey | null; order: number } | null;
  /** The right needed to open it (checked again by the server on every call); `null`: any staff member. */
  requiredRight: Right | null;
  /** One sentence for the home page's "what you can do" list. */
  descriptionKey?: `pages.${keyof Translation['pages']}`;
  /** Shown beside top-level menu entries. */
  icon?: ReactNode;
  component: ComponentType;
}

export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  {
    path: '/',
    labelKey: 'menu.home',
    menu: { section: null, order: 10 },
    requiredRight: null,
    icon: <HomeOutlined />,
    component: lazy(() => import('../home/HomePage')),
  },
  {
    path: PROVIDERS_PATH,
    labelKey: 'menu.legalEntities',
    menu: { section: 'providers', order: 10 },
    requiredRight: 'PROVIDERS_VIEW',
    descriptionKey: 'pages.providers',
    component: lazy(() => import('../providers/ProvidersPage')),
  },
  {
    path: `${PROVIDERS_PATH}/:providerId`,
    labelKey: 'menu.legalEntities',
    menu: null,
    requiredRight: 'PROVIDERS_VIEW',
    component: lazy(() => import('../providers/detail/ProviderDetailPage')),
  },
  {
    path: REPORTS_PATH,
    labelKey: 'menu.reports',
    menu: { section: 'providers', order: 20 },
    requiredRight: 'REPORTS_VIEW',
    descriptionKey: 'pages.reports',
    component: lazy(() => import('../reports/ReportsPage')),
  },
  {
    path: USERS_PATH,
    labelKey: 'menu.users',
    menu: { section: 'security', order: 10 },
    requiredRight: 'USERS_VIEW',
    descriptionKey: 'pages.users',
    component: lazy(() => import('../users/UsersPage')),
  },
  {
    path: `${USERS_PATH}/:userId`,
    labelKey: 'menu.users',
    menu: null,
    requiredRight: 'USERS_VIEW',
    component: lazy(() => import('../users/detail/UserDetailPage')),
  },
  {
    path: '/configurari/securitate/roluri',
    labelKey: 'menu.roles',
    menu: { section: 'security', order: 20 },
    requiredRight: 'ROLES_MANAGE',
    descriptionKey: 'pages.roles',
    component: lazy(() => import('../roles/RolesPage')),
  },
  {
    path: USER_CERTIFICATES_PATH,
    labelKey: 'menu.userCertificates',
    menu: { section: 'ocsp', order: 10 },
    requiredRight: 'CERTIFICATES_VIEW',
    descriptionKey: 'pages.userCertificates',
    component: lazy(() => import('../user-certificates/UserCertificatesPage')),
  },
  {
    path: `${USER_CERTIFICATES_PATH}/:certificateId`,
    labelKey: 'menu.userCertificates',
    menu: null,
    requiredRight: 'CERTIFICATES_VIEW',
    component: lazy(() => import('../user-certificates/detail/UserCertificateDetailPage')),
  },
  {
    path: OCSP_LOG_PATH,
    labelKey: 'menu.ocspLog',
    menu: { section: 'ocsp', order: 20 },
    requiredRight: 'OCSP_LOG_VIEW',
    descriptionKey: 'pages.ocspLog',
    component: lazy(() => import('../ocsp-log/OcspLogPage')),
  },
  {
    path: ISSUING_AUTHORITIES_PATH,
    labelKey: 'menu.issuingAuthorities',
    menu: { section: 'ocsp', order: 30 },
    requiredRight: 'ISSUING_AUTHORITIES_VIEW',
    descriptionKey: 'pages.issuingAuthorities',
    component: lazy(() => import('../issuing-authorities/IssuingAuthoritiesPage')),
  },
  {
    path: `${ISSUING_AUTHORITIES_PATH}/:authorityId`,
    labelKey: 'menu.issuingAuthorities',
    menu: null,
    requiredRight: 'ISSUING_AUTHORITIES_VIEW',
    component: lazy(() => import('../issuing-authorities/detail/IssuingAuthorityDetailPage')),
  },
  {
    path: '/jurnal-audit',
    labelKey: 'menu.audit',
    menu: { section: null, order: 90 },
    requiredRight: 'AUDIT_VIEW',
    icon: <AuditOutlined />,
    descriptionKey: 'pages.audit',
    component: lazy(() => import('../audit/AuditPage')),
  },
];
