import { CNAS_CODE, type CurrentUser, type Role } from '@siui/core';

/**
 * Whether `caller` may give `role` to a user of house `targetHouse`: roles reserved to CNAS go
 * only to CNAS staff, and nobody hands out a right they do not hold themselves. The server
 * decides in the end; this keeps the choices offered honest.
 */
export function isRoleAssignable(role: Role, targetHouse: string, caller: CurrentUser): boolean {
  if (role.cnasOnly && targetHouse !== CNAS_CODE) return false;
  return role.rights.every((right) => caller.rights.includes(right));
}
