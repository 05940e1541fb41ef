export const USERS_PATH = '/configurari/securitate/utilizatori';

export function userDetailPath(id: string): string {
  return `${USERS_PATH}/${encodeURIComponent(id)}`;
}
