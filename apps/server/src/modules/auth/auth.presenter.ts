import type { CurrentUser } from '@siui/core';
import type { StaffPrincipal } from './principal';

export function toCurrentUser(principal: StaffPrincipal): CurrentUser {
  return {
    id: principal.userId,
    username: principal.username,
    fullName: principal.fullName,
    insuranceHouse: { code: principal.houseCode, name: principal.houseName },
    scope: principal.scope,
    roles: principal.roles,
    rights: [...principal.rights].sort(),
    sessionExpiresAt: principal.sessionExpiresAt.toISOString(),
  };
}
