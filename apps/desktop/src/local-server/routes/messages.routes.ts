import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Desktop } from '../../desktop';

/** The panel opened by double-clicking the status bar (seed figure 11). */
export function messagesRoutes(app: FastifyInstance, desktop: Desktop): void {
  app.get('/api/messages', async (request) => {
    const { limit } = z
      .object({ limit: z.coerce.number().int().min(1).max(500).default(100) })
      .parse(request.query);
    return desktop.messages.latest(limit);
  });
}
