import type { CreateIssuingAuthorityBody, IssuingAuthority, UpdateIssuingAuthorityBody } from '@siui/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

export const issuingAuthoritiesKey = ['issuing-authorities'] as const;
const authorityKey = (id: string) => [...issuingAuthoritiesKey, 'detail', id] as const;

const authorityPath = (id: string) => `/api/issuing-authorities/${encodeURIComponent(id)}`;

/** Every issuing authority (a short list: the qualified CAs accepted in Romania). */
export function useIssuingAuthorities() {
  return useQuery({
    queryKey: [...issuingAuthoritiesKey, 'list'],
    queryFn: () => apiRequest<IssuingAuthority[]>('/api/issuing-authorities'),
  });
}

export function useIssuingAuthority(id: string) {
  return useQuery({
    queryKey: authorityKey(id),
    queryFn: () => apiRequest<IssuingAuthority>(authorityPath(id)),
  });
}

export function useCreateIssuingAuthority() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIssuingAuthorityBody) =>
      apiRequest<IssuingAuthority>('/api/issuing-authorities', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: issuingAuthoritiesKey }),
  });
}

export function useUpdateIssuingAuthority(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateIssuingAuthorityBody) =>
      apiRequest<IssuingAuthority>(authorityPath(id), { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(authorityKey(id), updated);
      return queryClient.invalidateQueries({ queryKey: issuingAuthoritiesKey });
    },
  });
}
