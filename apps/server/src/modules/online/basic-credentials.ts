/** `Authorization: Basic base64(user:password)` → the pair, or null. */
export function basicCredentials(header: string | undefined): { username: string; password: string } | null {
  if (!header) return null;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const username = decoded.slice(0, colon).trim();
  const password = decoded.slice(colon + 1);
  if (username.length > 128 || password.length > 200) return null;
  return { username, password };
}
