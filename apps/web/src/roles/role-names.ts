import type { Role } from '@siui/core';
import { useMemo } from 'react';
import { currentLanguage, type Language } from '../i18n/i18n';
import { useRoles } from './roles.api';

export function roleName(role: Role, language: Language): string {
  return language === 'en' ? role.nameEn : role.name;
}

/** Looks up a role's name in the current language by its code; unknown codes are shown as they are. */
export function useRoleNames(): (code: string) => string {
  const roles = useRoles();
  const language = currentLanguage();
  return useMemo(() => {
    const names = new Map((roles.data ?? []).map((role) => [role.code, roleName(role, language)]));
    return (code: string) => names.get(code) ?? code;
  }, [roles.data, language]);
}

export function roleOptions(roles: readonly Role[], language: Language) {
  return roles.map((role) => ({ value: role.code, label: `${roleName(role, language)} (${role.code})` }));
}
