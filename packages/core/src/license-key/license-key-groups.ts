import { canonicalCrockfordCharacter, crockfordSymbolValue, isKeySeparator } from './crockford-base32';
import { LICENSE_KEY_GROUP_LENGTH, LICENSE_KEY_LENGTH } from './license-key';

// Helpers for the desktop's activation screen, which shows the key as four boxes of five characters.
// They only tidy what was typed; whether the whole key is right is normalizeLicenseKey's call.

export interface LicenseKeyGroupInput {
  /** The box's text: upper case, I/L → 1, O → 0, spaces and dashes dropped, other characters kept. */
  text: string;
  /** Indexes in `text` of characters that can never be part of a key, for highlighting. */
  invalidPositions: number[];
  /** Five acceptable characters: the screen may move the focus to the next box. */
  complete: boolean;
}

/** One string per box; LICENSE_KEY_GROUP_COUNT of them. */
export type LicenseKeyGroups = readonly [string, string, string, string];

export function normalizeLicenseKeyGroup(typed: string): LicenseKeyGroupInput {
  let text = '';
  const invalidPositions: number[] = [];
  for (const character of withoutSeparators(typed)) {
    if (crockfordSymbolValue(character) === undefined) invalidPositions.push(text.length);
    text += canonicalCrockfordCharacter(character);
  }
  return {
    text,
    invalidPositions,
    complete: text.length === LICENSE_KEY_GROUP_LENGTH && invalidPositions.length === 0,
  };
}

/**
 * When a whole key is pasted into one box, the four boxes' contents; null when the pasted text does
 * not hold exactly 20 characters besides spaces and dashes (then it is ordinary input for one box).
 * Unacceptable characters are kept so that the boxes can show them highlighted.
 */
export function splitLicenseKeyIntoGroups(pasted: string): LicenseKeyGroups | null {
  const characters = withoutSeparators(pasted).map(canonicalCrockfordCharacter);
  if (characters.length !== LICENSE_KEY_LENGTH) return null;
  const group = (index: number) =>
    characters.slice(index * LICENSE_KEY_GROUP_LENGTH, (index + 1) * LICENSE_KEY_GROUP_LENGTH).join('');
  return [group(0), group(1), group(2), group(3)];
}

// Iterating by code point keeps an emoji or other astral character whole.
function withoutSeparators(text: string): string[] {
  return [...text].filter((character) => !isKeySeparator(character));
}
