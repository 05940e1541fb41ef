import {
  formatErrorMessage,
  type Language,
  LICENSE_KEY_GROUP_COUNT,
  LICENSE_KEY_GROUP_LENGTH,
  normalizeLicenseKey,
  normalizeLicenseKeyGroup,
} from '@siui/core';

export type KeyGroups = [string, string, string, string];
export const EMPTY_GROUPS: KeyGroups = ['', '', '', ''];

/**
 * What typing `typed` into box `index` does: the box keeps five characters (tidied by the shared
 * codec: upper case, I/L → 1, O → 0), what runs over flows into the next boxes, and the focus
 * moves on once a box is complete.
 */
export function typeIntoGroup(
  groups: KeyGroups,
  index: number,
  typed: string,
): { groups: KeyGroups; focus: number } {
  const next: KeyGroups = [groups[0], groups[1], groups[2], groups[3]];
  let carry = normalizeLicenseKeyGroup(typed).text;
  let box = index;
  next[box] = carry.slice(0, LICENSE_KEY_GROUP_LENGTH);
  carry = carry.slice(LICENSE_KEY_GROUP_LENGTH);
  // Typing on past a full box overwrites the start of the next one, as in a single long field.
  while (carry.length > 0 && box < LICENSE_KEY_GROUP_COUNT - 1) {
    box += 1;
    next[box] = (carry + (next[box] ?? '').slice(carry.length)).slice(0, LICENSE_KEY_GROUP_LENGTH);
    carry = carry.slice(LICENSE_KEY_GROUP_LENGTH);
  }
  const complete = normalizeLicenseKeyGroup(next[box] ?? '').complete;
  return { groups: next, focus: complete ? Math.min(box + 1, LICENSE_KEY_GROUP_COUNT - 1) : box };
}

export type KeyCheck =
  | { kind: 'incomplete' }
  | { kind: 'invalid-character'; character: string; group: number }
  | { kind: 'typo'; message: string }
  | { kind: 'ok'; key: string };

/** The live check shown under the boxes, before anything is sent. */
export function checkGroups(groups: KeyGroups, language: Language): KeyCheck {
  for (const [group, text] of groups.entries()) {
    const { invalidPositions } = normalizeLicenseKeyGroup(text);
    const position = invalidPositions[0];
    if (position !== undefined)
      return { kind: 'invalid-character', character: [...text][position] ?? '', group };
  }
  if (groups.some((text) => text.length < LICENSE_KEY_GROUP_LENGTH)) return { kind: 'incomplete' };
  const result = normalizeLicenseKey(groups.join('-'));
  if (result.ok) return { kind: 'ok', key: result.key };
  return {
    kind: 'typo',
    message: formatErrorMessage(
      result.reason === 'CHECKSUM' ? 'ACTIVATION_KEY_TYPO' : 'ACTIVATION_KEY_FORMAT',
      language,
    ),
  };
}
