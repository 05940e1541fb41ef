/**
 * The file name a `Content-Disposition` header gives (`attachment; filename="generatePassword.pdf"`,
 * or the RFC 5987 form `filename*=UTF-8''…`), if it gives one.
 */
export function attachmentFilename(header: string | null): string | null {
  if (header === null) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // a malformed encoding: fall back to the plain form
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  return name ? name : null;
}
