import type { ActivationKeyEvent, Installation } from '@siui/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';
import { downloadFile } from '../api/download';
import { usersKey } from '../users/users.api';
import { providerKey, providersKey } from './providers.api';

/** *Generare parolă* (the first key) or *Resetare parolă* (a new key; the old one dies at once). */
export type KeyOperation = 'generate' | 'reset';

/** The name the seed gives the usage agreement; used if the server's header ever lacks it. */
export const USAGE_AGREEMENT_FILE = 'generatePassword.pdf';

const KEY_OPERATION_PATHS: Record<KeyOperation, string> = {
  generate: 'activation-key',
  reset: 'activation-key/reset',
};

const providerPath = (id: string, rest: string) => `/api/providers/${encodeURIComponent(id)}/${rest}`;

/** Key history: generations, who issued and revoked them; never a key. */
export function useActivationKeyHistory(providerId: string) {
  return useQuery({
    queryKey: [...providerKey(providerId), 'activation-keys'],
    queryFn: () => apiRequest<ActivationKeyEvent[]>(providerPath(providerId, 'activation-keys')),
  });
}

/** The desktop installations activated with this provider's keys. */
export function useInstallations(providerId: string) {
  return useQuery({
    queryKey: [...providerKey(providerId), 'installations'],
    queryFn: () => apiRequest<Installation[]>(providerPath(providerId, 'installations')),
  });
}

/**
 * Issues a key and downloads the usage agreement that carries it (`generatePassword.pdf`); resolves
 * with the file's name. The provider (key state, history) and the users (its external user) reload.
 */
export function useIssueActivationKey(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (operation: KeyOperation) =>
      downloadFile(providerPath(providerId, KEY_OPERATION_PATHS[operation]), {
        method: 'POST',
        accept: 'application/pdf',
        fallbackName: USAGE_AGREEMENT_FILE,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: providersKey }),
        queryClient.invalidateQueries({ queryKey: usersKey }),
      ]),
  });
}
