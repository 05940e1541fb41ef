import type { CurrentUser, LoginBody } from '@siui/core';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../api/client';

export const currentUserKey = ['auth', 'me'] as const;

/**
 * A session began or ended: remember who is logged in now (`null`: nobody) and forget every
 * answer cached for the previous one. The current-user query itself is kept and updated, so the
 * components watching it (the login page, the console's gate) react at once.
 */
export function switchSession(queryClient: QueryClient, user: CurrentUser | null): void {
  queryClient.setQueryData(currentUserKey, user);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserKey[0] });
}

async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await apiRequest<CurrentUser>('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The logged-in staff member, `null` when nobody is logged in. */
export function useCurrentUserQuery() {
  return useQuery({ queryKey: currentUserKey, queryFn: fetchCurrentUser, staleTime: 60_000 });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => apiRequest<CurrentUser>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (user) => switchSession(queryClient, user),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => switchSession(queryClient, null),
  });
}
