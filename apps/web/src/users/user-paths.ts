export const USERS_PATH = '/configurari/securitate/utilizatori';

export function userDetailPath(id: string): string {
  return `${USERS_PATH}/${encodeURIComponent(id)}`;
}

/** The users list filtered by a provider's code: how the seed (2.2.1) finds its external user. */
export function usersOfProviderPath(providerCode: string): string {
  return `${USERS_PATH}?${new URLSearchParams({ providerCode }).toString()}`;
}
