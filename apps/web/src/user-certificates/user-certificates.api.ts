import type {
  CertificateInspection,
  CreateUserCertificateBody,
  Page,
  UpdateUserCertificateBody,
  UserCertificate,
  UserCertificateDetail,
  UserCertificatesQuery,
} from '@siui/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

export const userCertificatesKey = ['user-certificates'] as const;
const certificateKey = (id: string) => [...userCertificatesKey, 'detail', id] as const;

const certificatePath = (id: string) => `/api/user-certificates/${encodeURIComponent(id)}`;

export function useUserCertificatesPage(query: UserCertificatesQuery) {
  return useQuery({
    queryKey: [...userCertificatesKey, 'page', query],
    queryFn: () => apiRequest<Page<UserCertificate>>('/api/user-certificates', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useUserCertificate(id: string) {
  return useQuery({
    queryKey: certificateKey(id),
    queryFn: () => apiRequest<UserCertificateDetail>(certificatePath(id)),
  });
}

export function useCreateUserCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserCertificateBody) =>
      apiRequest<UserCertificateDetail>('/api/user-certificates', { method: 'POST', body }),
    onSuccess: (created) => {
      queryClient.setQueryData(certificateKey(created.id), created);
      return queryClient.invalidateQueries({ queryKey: [...userCertificatesKey, 'page'] });
    },
  });
}

/** Reads and checks a certificate file without saving it (the form fills itself from the answer). */
export function useInspectCertificate() {
  return useMutation({
    mutationFn: (body: { certificatePem: string; issuingAuthorityId?: string }) =>
      apiRequest<CertificateInspection>('/api/user-certificates/inspect', { method: 'POST', body }),
  });
}

export function useUpdateUserCertificate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserCertificateBody) =>
      apiRequest<UserCertificateDetail>(certificatePath(id), { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(certificateKey(id), updated);
      return queryClient.invalidateQueries({ queryKey: [...userCertificatesKey, 'page'] });
    },
  });
}
