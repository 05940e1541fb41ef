import type { Page, User } from '@siui/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';

const LIMIT = 20;

function externalUsers(query: Record<string, string>): Promise<User[]> {
  return apiRequest<Page<User>>('/api/users', {
    query: { kind: 'external', pageSize: LIMIT, ...query },
  }).then((page) => page.items);
}

/**
 * External users matching what was typed: by user name or provider name (`q`), and by provider
 * code, which is how the seed finds a provider's external user (2.2.1).
 */
export function useExternalUserSearch(text: string) {
  return useQuery({
    queryKey: ['users', 'external-search', text],
    queryFn: async () => {
      if (text === '') return externalUsers({});
      const [byText, byCode] = await Promise.all([
        externalUsers({ q: text }),
        externalUsers({ providerCode: text }),
      ]);
      const seen = new Set(byCode.map((user) => user.id));
      return [...byCode, ...byText.filter((user) => !seen.has(user.id))];
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
