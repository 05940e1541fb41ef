import { QueryClient } from '@tanstack/react-query';
import { currentUserKey, switchSession } from '../auth/auth.api';
import { i18n } from '../i18n/i18n';
import { ApiError, onUnauthenticated } from './client';

const MAX_RETRIES = 2;

/** Refusals (4xx) are answers, not accidents: only network failures and 5xx are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

// A 401 on any call means the session is over: forgetting the current user sends the console
// back to the login page (see RequireSession).
onUnauthenticated(() => {
  if (queryClient.getQueryData(currentUserKey)) switchSession(queryClient, null);
});

// The server writes some texts in the caller's language (certificate warnings, validation messages):
// after a language switch, what is on screen is asked for again in the new language.
i18n.on('languageChanged', () => {
  void queryClient.invalidateQueries();
});
