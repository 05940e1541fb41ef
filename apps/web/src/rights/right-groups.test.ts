import { RIGHTS } from '@siui/core';
import { describe, expect, it } from 'vitest';
import { groupRights, RIGHT_GROUPS, ungroupedRights } from './right-groups';

describe('right groups', () => {
  it('place every right in exactly one group', () => {
    expect(ungroupedRights()).toEqual([]);
    expect(Object.values(RIGHT_GROUPS).flat()).toHaveLength(RIGHTS.length);
  });

  it('keep only the groups that hold some of the given rights', () => {
    expect(groupRights(['AUDIT_VIEW', 'USERS_VIEW'])).toEqual([
      { group: 'security', rights: ['USERS_VIEW'] },
      { group: 'audit', rights: ['AUDIT_VIEW'] },
    ]);
  });
});
