import type { Service } from '@siui/core';
import { useQuery } from '@tanstack/react-query';
import type {
  CertificateSummary,
  LocalDataSummary,
  ReportDetail,
  ReportListItem,
  StatusResponse,
  StoredMessage,
} from '../../../src/local-api/local-api.types';
import { api } from './client';

// The local server's data, refreshed often: the connection lives in the local server, the page
// only follows it (a second is nothing on the loopback).

export const queryKeys = {
  status: ['status'] as const,
  localData: ['local-data'] as const,
  certificate: ['certificate'] as const,
  services: ['services'] as const,
  reports: ['reports'] as const,
  report: (id: string) => ['reports', id] as const,
  messages: ['messages'] as const,
};

export function useStatus() {
  return useQuery({
    queryKey: queryKeys.status,
    queryFn: () => api<StatusResponse>('GET', '/api/status'),
    refetchInterval: 1_000,
  });
}

export function useLocalData() {
  return useQuery({
    queryKey: queryKeys.localData,
    queryFn: () => api<LocalDataSummary>('GET', '/api/activation/local-data'),
  });
}

export function useCertificate() {
  return useQuery({
    queryKey: queryKeys.certificate,
    queryFn: () => api<CertificateSummary | null>('GET', '/api/certificate'),
  });
}

export function useServices() {
  return useQuery({
    queryKey: queryKeys.services,
    queryFn: () => api<Service[]>('GET', '/api/services'),
    refetchInterval: 10_000,
  });
}

export function useReports() {
  return useQuery({
    queryKey: queryKeys.reports,
    queryFn: () => api<ReportListItem[]>('GET', '/api/reports'),
    refetchInterval: 2_000,
  });
}

export function useReport(id: string | null) {
  return useQuery({
    queryKey: queryKeys.report(id ?? ''),
    queryFn: () => api<ReportDetail>('GET', `/api/reports/${id}`),
    enabled: id !== null,
    // A report in the outbox changes by itself when it is delivered.
    refetchInterval: (query) => (query.state.data?.status === 'OUTBOX' ? 1_000 : false),
  });
}

export function useMessages(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.messages,
    queryFn: () => api<StoredMessage[]>('GET', '/api/messages?limit=200'),
    enabled,
    refetchInterval: enabled ? 2_000 : false,
  });
}
