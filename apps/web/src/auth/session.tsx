import type { CurrentUser, Right } from '@siui/core';
import { createContext, type ReactNode, useContext } from 'react';

const SessionContext = createContext<CurrentUser | null>(null);

export function SessionProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** The logged-in user; only for components rendered inside the authenticated console. */
export function useSession(): CurrentUser {
  const user = useContext(SessionContext);
  if (user === null) throw new Error('useSession() used outside the authenticated console');
  return user;
}

export function hasRight(user: CurrentUser, right: Right | null): boolean {
  return right === null || user.rights.includes(right);
}

/** Whether the logged-in user holds `right` (used to hide what the server would refuse anyway). */
export function useHasRight(right: Right): boolean {
  return hasRight(useSession(), right);
}
