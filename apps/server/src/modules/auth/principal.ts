import { CNAS_CODE, CNAS_ONLY_RIGHTS, type Right } from '@siui/core';

/** The authenticated staff member behind a request, loaded fresh from the database each time. */
export interface StaffPrincipal {
  userId: string;
  username: string;
  fullName: string;
  houseCode: string;
  houseName: string;
  /** CNAS staff see every house; county staff only their own. */
  scope: 'ALL' | 'HOUSE';
  roles: string[];
  rights: ReadonlySet<Right>;
  sessionId: string;
  sessionExpiresAt: Date;
}

export function scopeOfHouse(houseCode: string): StaffPrincipal['scope'] {
  return houseCode === CNAS_CODE ? 'ALL' : 'HOUSE';
}

/** Rights granted by the roles, minus those only CNAS may hold when the user is county staff. */
export function effectiveRights(houseCode: string, granted: Iterable<string>): Set<Right> {
  const rights = new Set(granted as Iterable<Right>);
  if (scopeOfHouse(houseCode) === 'HOUSE') for (const right of CNAS_ONLY_RIGHTS) rights.delete(right);
  return rights;
}
