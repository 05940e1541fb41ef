/**
 * One cell of a `;`-separated CSV export read by spreadsheet programs. A cell starting with
 * = + - @ or with a tab or carriage return is taken as a formula (OWASP "CSV injection"), so it is
 * prefixed with `'`; a cell holding the separator, a quote or a line break is quoted.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r\t]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
