import { CNAS_CODE, CNAS_ONLY_RIGHTS, type Right } from '@siui/core';
import { AppError } from '../../http/app-error';
import type { StaffPrincipal } from './principal';

// Who may do what, in one place. Handlers call these before any work; services call them again
// for decisions that depend on the data (the house of the record they loaded).

export function assertRight(principal: StaffPrincipal, right: Right): void {
  if (!principal.rights.has(right)) throw new AppError('FORBIDDEN');
}

export function hasRight(principal: StaffPrincipal, right: Right): boolean {
  return principal.rights.has(right);
}

/**
 * The house a list is restricted to: county staff always get their own house (asking for another
 * is refused), CNAS staff get the one they asked for or none (all houses).
 */
export function houseFilterFor(principal: StaffPrincipal, requested: string | undefined): string | undefined {
  if (principal.scope === 'ALL') return requested;
  if (requested !== undefined && requested !== principal.houseCode) throw new AppError('FORBIDDEN');
  return principal.houseCode;
}

/** A record of another house is reported as missing, so its existence is not revealed. */
export function assertCanSeeHouse(principal: StaffPrincipal, houseCode: string, notFound: AppError): void {
  if (principal.scope === 'HOUSE' && principal.houseCode !== houseCode) throw notFound;
}

/** The house a new record goes to: county staff create only in their own house. */
export function houseForNewRecord(principal: StaffPrincipal, requested: string | undefined): string {
  if (principal.scope === 'HOUSE') {
    if (requested !== undefined && requested !== principal.houseCode) throw new AppError('FORBIDDEN');
    return principal.houseCode;
  }
  return requested ?? principal.houseCode;
}

export interface RoleForAssignment {
  code: string;
  cnasOnly: boolean;
  rights: readonly Right[];
}

/**
 * A role can be given only by someone who holds every right in it (no one hands out more than
 * they have), and roles carrying CNAS-only rights only to CNAS staff.
 */
export function canAssignRole(
  principal: StaffPrincipal,
  role: RoleForAssignment,
  targetHouse: string,
): boolean {
  if (!role.rights.every((right) => principal.rights.has(right))) return false;
  const needsCnas = role.cnasOnly || role.rights.some((right) => CNAS_ONLY_RIGHTS.includes(right));
  return !needsCnas || targetHouse === CNAS_CODE;
}

/** The rights in `rights` that the caller does not hold itself. */
function rightsBeyond(principal: StaffPrincipal, rights: Iterable<Right>): Right[] {
  return [...new Set(rights)].filter((right) => !principal.rights.has(right)).sort();
}

/** No one grants, or touches a role carrying, a right they do not hold themselves. */
export function assertWithinOwnRights(principal: StaffPrincipal, rights: Iterable<Right>): void {
  const beyond = rightsBeyond(principal, rights);
  if (beyond.length > 0)
    throw new AppError('RIGHTS_BEYOND_CALLER', { params: { rights: beyond.join(', ') } });
}

export interface RoleChange {
  code: string;
  rightsBefore: readonly Right[];
  rightsAfter: readonly Right[];
  /** The houses of the users who hold the role now (every one of them gains what the role gains). */
  holderHouses: readonly string[];
}

/**
 * A role is created, edited or deleted only by someone holding every right it carries before and
 * after. A role that gains rights must not be one the caller holds (rights never grow by one's own
 * hand), and every user it widens must be in the caller's reach: its house for county staff, and
 * CNAS itself for rights only CNAS may hold.
 */
export function assertCanChangeRole(principal: StaffPrincipal, change: RoleChange): void {
  assertWithinOwnRights(principal, [...change.rightsBefore, ...change.rightsAfter]);
  const added = change.rightsAfter.filter((right) => !change.rightsBefore.includes(right));
  if (added.length === 0) return;
  if (principal.roles.includes(change.code)) throw new AppError('OWN_ROLE_NOT_WIDENED');
  const outsideScope =
    principal.scope === 'HOUSE' && change.holderHouses.some((house) => house !== principal.houseCode);
  const cnasOnlyToCounty =
    added.some((right) => CNAS_ONLY_RIGHTS.includes(right)) &&
    change.holderHouses.some((house) => house !== CNAS_CODE);
  if (outsideScope || cnasOnlyToCounty) throw new AppError('ROLE_HOLDERS_OUT_OF_REACH');
}

/**
 * A user's password, state, name or roles are changed only by someone holding every right that
 * user holds (a CNAS administrator holds them all); the house scope is checked when the user is loaded.
 */
export function assertCanActOnUser(principal: StaffPrincipal, targetRights: Iterable<Right>): void {
  if (rightsBeyond(principal, targetRights).length > 0) throw new AppError('TARGET_HOLDS_MORE_RIGHTS');
}

/**
 * The county house a new provider (or import) goes to: county staff use their own; CNAS must name
 * one, as providers belong to a county-level house, never to CNAS itself.
 */
export function countyHouseForNewRecord(principal: StaffPrincipal, requested: string | undefined): string {
  const house = houseForNewRecord(principal, requested);
  if (house === CNAS_CODE) {
    throw new AppError('VALIDATION_FAILED', {
      fields: {
        insuranceHouse: {
          ro: 'alegeți casa județeană a furnizorului',
          en: 'choose the provider’s county house',
        },
      },
    });
  }
  return house;
}
