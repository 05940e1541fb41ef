import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Desktop } from '../../desktop';
import type { ActivationResponse } from '../../local-api/local-api.types';

const activateBodySchema = z.object({
  licenseSerial: z.string().max(100),
  insuranceHouse: z.string().max(20),
  reactivate: z.boolean(),
  newDatabase: z.boolean().default(false),
  /** The SIUI address typed in the wizard's connection settings; else --server, else remembered. */
  serverUrl: z.string().max(300).optional(),
});

/** *Administrare / Activare* (seed 3.1). */
export function activationRoutes(
  app: FastifyInstance,
  desktop: Desktop,
  serverUrl: string | undefined,
): void {
  app.get('/api/activation/local-data', async () => desktop.activation.localData());

  app.post('/api/activation', async (request): Promise<ActivationResponse> => {
    const { serverUrl: typed, ...body } = activateBodySchema.parse(request.body);
    const chosen = typed?.trim() || serverUrl;
    const outcome = await desktop.activation.activate({ ...body, ...(chosen ? { serverUrl: chosen } : {}) });
    // A new key (or provider) is used for the next session: reconnect if the user was online.
    if (desktop.settings.get('auto_connect') === 'true') void desktop.connection.connect({ keepAlive: true });
    return {
      provider: outcome.activation.provider,
      house: outcome.activation.house,
      activatedAt: outcome.activation.activatedAt,
      localData: outcome.localData,
      archiveFile: outcome.archiveFile,
    };
  });
}
