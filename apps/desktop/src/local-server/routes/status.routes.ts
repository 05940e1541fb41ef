import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Desktop } from '../../desktop';
import type { StatusResponse } from '../../local-api/local-api.types';

/** What the status bar and the pages need at a glance; the UI polls it every second. */
export function statusRoutes(app: FastifyInstance, desktop: Desktop, serverUrl: string | undefined): void {
  app.get('/api/status', async (): Promise<StatusResponse> => {
    const activation = desktop.activation.current();
    return {
      activation: activation
        ? {
            provider: activation.provider,
            externalUsername: activation.externalUsername,
            house: activation.house,
            serverUrl: activation.serverUrl,
            onlineUrl: activation.online?.url ?? null,
            activatedAt: activation.activatedAt,
          }
        : null,
      certificate: desktop.certificates.current(),
      connection: desktop.connection.status(),
      outbox: desktop.reports.outboxCount(),
      language: desktop.language(),
      serverUrl: serverUrl ?? desktop.activation.serverUrl(),
    };
  });

  app.put('/api/preferences', async (request) => {
    const { language } = z.object({ language: z.enum(['ro', 'en']) }).parse(request.body);
    desktop.setLanguage(language);
    return { language };
  });
}
