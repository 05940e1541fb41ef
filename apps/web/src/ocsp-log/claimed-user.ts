import type { OcspLogEntry } from '@siui/core';

/**
 * The user name a caller sent without proving the activation key. The server keeps it in the
 * details only, never as the entry's user, so a stranger cannot write under a house's name.
 */
export function claimedUsernameOf(entry: Pick<OcspLogEntry, 'externalUsername' | 'details'>): string | null {
  if (entry.externalUsername) return null;
  const claimed = entry.details?.claimedUsername;
  return typeof claimed === 'string' && claimed.length > 0 ? claimed : null;
}
