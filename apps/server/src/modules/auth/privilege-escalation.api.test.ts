import { CNAS_CODE, CNAS_ONLY_RIGHTS, RIGHTS, type Right } from '@siui/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, uniqueName } from '../../../test/test-app';
import { effectiveRights } from './principal';

// Rights never grow by one's own hand: whatever a staff member with random rights in a random house
// does through the staff API to its own role, another role, itself or another user, afterwards no one
// holds a right that the caller (the only one who touched them) did not hold, and nothing outside
// the caller's house was changed.

const HOUSES = [CNAS_CODE, 'CAS-AB', 'CAS-CJ'] as const;
type House = (typeof HOUSES)[number];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Person {
  id: string;
  house: House;
  role: string;
}

const rightsArb = fc.subarray([...RIGHTS], { minLength: 1 });
const passwordChange = fc.constant({ password: 'Parola-Noua-Sigura-9' });

/** What the caller tries, each through the real HTTP API with its own session. */
const actionArb = fc.oneof(
  fc.record({ kind: fc.constant('editOwnRole' as const), rights: rightsArb }),
  fc.record({ kind: fc.constant('editTargetRole' as const), rights: rightsArb }),
  fc.record({ kind: fc.constant('newRoleForSelf' as const), rights: rightsArb }),
  fc.record({
    kind: fc.constant('editTarget' as const),
    change: fc.oneof(
      passwordChange,
      fc.constant({ active: false }),
      fc.constant({ fullName: 'Nume Schimbat' }),
      fc.record({ roles: fc.subarray(['CALLER', 'TARGET', 'CNAS_ADMIN', 'CJAS_ADMIN']) }),
    ),
  }),
  fc.record({
    kind: fc.constant('editSelf' as const),
    roles: fc.subarray(['CALLER', 'TARGET', 'CNAS_ADMIN', 'CJAS_ADMIN'], { minLength: 1 }),
  }),
);

type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

async function createRole(rights: Right[]): Promise<string> {
  const code = `P_${uniqueName('').toUpperCase()}`;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/roles',
    headers: { cookie: await t.loginAdmin() },
    payload: { code, name: 'Rol de test', rights },
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return code;
}

async function createPerson(house: House, rights: Right[]): Promise<Person & { cookie: string }> {
  // County staff are never given a role with rights only CNAS may hold (see canAssignRole).
  const assignable =
    house === CNAS_CODE ? rights : rights.filter((right) => !CNAS_ONLY_RIGHTS.includes(right));
  const role = await createRole(assignable.length > 0 ? assignable : ['PROVIDERS_VIEW']);
  const staff = await t.createStaff({ house, roles: [role] });
  return { id: staff.id, house, role, cookie: staff.cookie };
}

/** What the administrator sees of a user: its effective rights, state and name. */
async function snapshot(person: Person) {
  const response = await t.app.inject({
    url: `/api/users/${person.id}`,
    headers: { cookie: await t.loginAdmin() },
  });
  const user = response.json() as { rights: Right[]; active: boolean; fullName: string };
  const { password_hash } = await t.database.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', person.id)
    .executeTakeFirstOrThrow();
  return {
    rights: effectiveRights(person.house, user.rights),
    active: user.active,
    fullName: user.fullName,
    passwordHash: password_hash,
  };
}

function roleCodes(names: string[], caller: Person, target: Person): string[] {
  return names.map((name) => (name === 'CALLER' ? caller.role : name === 'TARGET' ? target.role : name));
}

async function perform(action: Action, caller: Person & { cookie: string }, target: Person) {
  const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: { cookie: caller.cookie }, payload });
  switch (action.kind) {
    case 'editOwnRole':
      return send('PATCH', `/api/roles/${caller.role}`, { rights: action.rights });
    case 'editTargetRole':
      return send('PATCH', `/api/roles/${target.role}`, { rights: action.rights });
    case 'newRoleForSelf': {
      const code = `N_${uniqueName('').toUpperCase()}`;
      const created = await send('POST', '/api/roles', { code, name: 'Rol nou', rights: action.rights });
      if (created.statusCode !== 201) return created;
      return send('PATCH', `/api/users/${caller.id}`, { roles: [caller.role, code] });
    }
    case 'editTarget': {
      const change =
        'roles' in action.change ? { roles: roleCodes(action.change.roles, caller, target) } : action.change;
      return send('PATCH', `/api/users/${target.id}`, change);
    }
    case 'editSelf':
      return send('PATCH', `/api/users/${caller.id}`, { roles: roleCodes(action.roles, caller, target) });
  }
}

const isSubset = (inner: ReadonlySet<Right>, outer: ReadonlySet<Right>) =>
  [...inner].every((right) => outer.has(right));

describe('rights never grow by one’s own hand (property over random rights, houses and actions)', () => {
  it('leaves no one with a right its only toucher lacked, and nothing changed outside the caller’s house', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HOUSES),
        rightsArb,
        fc.constantFrom(...HOUSES),
        rightsArb,
        fc.array(actionArb, { minLength: 1, maxLength: 3 }),
        async (callerHouse, callerRights, targetHouse, targetRights, actions) => {
          const caller = await createPerson(callerHouse, callerRights);
          const target = await createPerson(targetHouse, targetRights);
          const callerBefore = await snapshot(caller);
          const targetBefore = await snapshot(target);
          for (const action of actions) await perform(action, caller, target);
          const callerAfter = await snapshot(caller);
          const targetAfter = await snapshot(target);

          // The caller cannot end up with a right it did not hold.
          expect([...callerAfter.rights].filter((right) => !callerBefore.rights.has(right))).toEqual([]);
          // The target gains only rights the caller held.
          const gained = [...targetAfter.rights].filter((right) => !targetBefore.rights.has(right));
          expect(gained.filter((right) => !callerBefore.rights.has(right))).toEqual([]);
          // A target who held more than the caller, or who lives in another house the caller does not
          // see, is left exactly as it was.
          const outOfReach =
            !isSubset(targetBefore.rights, callerBefore.rights) ||
            (callerHouse !== CNAS_CODE && targetHouse !== callerHouse);
          if (outOfReach) expect(targetAfter).toEqual(targetBefore);
        },
      ),
      { numRuns: 30 },
    );
  }, 240_000);
});
