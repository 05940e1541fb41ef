// Romanian text as people type it: older keyboards and fonts produce ş/ţ with a cedilla (U+015F,
// U+0163), the correct letters have a comma below (U+0219, U+021B). Both spellings of a name must be
// stored the same way and found by the same search.

const CEDILLA_TO_COMMA_BELOW: Readonly<Record<string, string>> = {
  '\u015F': '\u0219', // ş → ș
  '\u015E': '\u0218', // Ş → Ș
  '\u0163': '\u021B', // ţ → ț
  '\u0162': '\u021A', // Ţ → Ț
};
const CEDILLA_LETTERS = /[\u015E\u015F\u0162\u0163]/g;
const COMBINING_MARKS = /\p{M}/gu;

/** The form to store: NFC, comma-below ș/ț, trimmed, runs of whitespace made one space. */
export function normalizeRomanianText(text: string): string {
  return text
    .normalize('NFC') // composes s + U+0327 into U+015F first, so the mapping below catches it too
    .replace(CEDILLA_LETTERS, (letter) => CEDILLA_TO_COMMA_BELOW[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form to compare in searches: as above, then in lower case and without diacritics. */
export function foldForSearch(text: string): string {
  // Lower case first: lower-casing İ yields i + a combining dot, which the mark removal must still see.
  return normalizeRomanianText(text).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}
