import { RIGHT_LABELS, RIGHTS, type Right } from '@siui/core';
import type { Language } from '../i18n/i18n';
import type { Translation } from '../i18n/ro';

export type RightGroupKey = keyof Translation['rightGroups'];

/** How the console groups the rights on screen, by the part of SIUI they open. */
export const RIGHT_GROUPS: Record<RightGroupKey, readonly Right[]> = {
  providers: ['PROVIDERS_VIEW', 'PROVIDERS_EDIT', 'ACTIVATION_KEYS_GENERATE'],
  security: ['USERS_VIEW', 'USERS_MANAGE', 'ROLES_MANAGE'],
  ocsp: [
    'CERTIFICATES_VIEW',
    'CERTIFICATES_MANAGE',
    'CERTIFICATES_SUSPEND',
    'OCSP_LOG_VIEW',
    'ISSUING_AUTHORITIES_VIEW',
    'ISSUING_AUTHORITIES_MANAGE',
  ],
  reports: ['REPORTS_VIEW'],
  audit: ['AUDIT_VIEW'],
};

export const RIGHT_GROUP_KEYS = Object.keys(RIGHT_GROUPS) as RightGroupKey[];

export function rightLabel(right: Right, language: Language): string {
  return RIGHT_LABELS[right][language];
}

/** The groups that hold at least one of `rights`, each with those rights in the canonical order. */
export function groupRights(rights: readonly Right[]): { group: RightGroupKey; rights: Right[] }[] {
  return RIGHT_GROUP_KEYS.map((group) => ({
    group,
    rights: RIGHT_GROUPS[group].filter((right) => rights.includes(right)),
  })).filter(({ rights: inGroup }) => inGroup.length > 0);
}

/** Every right appears in exactly one group (checked by the unit test). */
export function ungroupedRights(): Right[] {
  const grouped = new Set(Object.values(RIGHT_GROUPS).flat());
  return RIGHTS.filter((right) => !grouped.has(right));
}
