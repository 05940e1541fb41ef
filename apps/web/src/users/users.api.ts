import type { CreateUserBody, Page, Right, UpdateUserBody, User, UsersQuery } from '@siui/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';
import { currentUserKey } from '../auth/auth.api';

/** `GET /api/users/{id}` adds the user's rights: the union of its roles' rights. */
export type UserWithRights = User & { rights: Right[] };

export const usersKey = ['users'] as const;
const userKey = (id: string) => [...usersKey, 'detail', id] as const;

export function useUsersPage(query: UsersQuery) {
  return useQuery({
    queryKey: [...usersKey, 'page', query],
    queryFn: () => apiRequest<Page<User>>('/api/users', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: () => apiRequest<UserWithRights>(`/api/users/${encodeURIComponent(id)}`),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => apiRequest<User>('/api/users', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) =>
      apiRequest<User>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    // The answer has no rights: reload the detail so the *Drepturi* tab follows role changes,
    // and the current user too, in case these were one's own roles.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersKey }),
        queryClient.invalidateQueries({ queryKey: currentUserKey }),
      ]),
  });
}
