import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

export interface IntegrityCheck {
  at: string;
  scope: 'audit' | 'ocsp-log';
  intact: boolean;
  checked: number;
  brokenAt: number | null;
  reason: string | null;
  unsealed: number | null;
  durationMs: number;
  trigger: string;
}

/** The recorded checks of the audit trail's and the Log OCSP's hash chains (CNAS only). */
export function useIntegrityChecks(enabled: boolean) {
  return useQuery({
    queryKey: ['integrity'],
    queryFn: () => apiRequest<{ items: IntegrityCheck[] }>('/api/integrity'),
    enabled,
  });
}

export function useRunIntegrityCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ intact: boolean }>('/api/integrity/run', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['integrity'] }),
  });
}
