import { describe, expect, it } from 'vitest';
import { claimedUsernameOf } from './claimed-user';

describe('claimedUsernameOf', () => {
  it('shows the name a stranger sent only on an unattributed entry', () => {
    expect(
      claimedUsernameOf({ externalUsername: null, details: { claimedUsername: '18547290_CAS-AB' } }),
    ).toBe('18547290_CAS-AB');
    expect(
      claimedUsernameOf({ externalUsername: '18547290_CAS-AB', details: { claimedUsername: 'altul' } }),
    ).toBeNull();
    expect(claimedUsernameOf({ externalUsername: null, details: { claimedUsername: 42 } })).toBeNull();
    expect(claimedUsernameOf({ externalUsername: null, details: null })).toBeNull();
  });
});
