import type { CreateProviderBody, Page, Provider, ProvidersQuery, UpdateProviderBody } from '@siui/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

export const providersKey = ['providers'] as const;
/** Everything cached about one provider (its detail, key history, installations) starts with this. */
export const providerKey = (id: string) => [...providersKey, 'detail', id] as const;

const providerPath = (id: string) => `/api/providers/${encodeURIComponent(id)}`;

export function useProvidersPage(query: ProvidersQuery) {
  return useQuery({
    queryKey: [...providersKey, 'page', query],
    queryFn: () => apiRequest<Page<Provider>>('/api/providers', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: providerKey(id),
    queryFn: () => apiRequest<Provider>(providerPath(id)),
  });
}

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProviderBody) =>
      apiRequest<Provider>('/api/providers', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersKey }),
  });
}

export function useUpdateProvider(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProviderBody) =>
      apiRequest<Provider>(providerPath(id), { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(providerKey(id), updated);
      return queryClient.invalidateQueries({ queryKey: providersKey });
    },
  });
}
