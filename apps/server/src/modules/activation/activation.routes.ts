import {
  activationRequestSchema,
  activationResultSchema,
  errorBodySchema,
  idParamsSchema,
  installationSchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Executor } from '../../db/executor';
import { staffOf } from '../../http/request-context';
import { loadVisibleProvider } from '../providers/providers.service';
import { listInstallations } from './activation.repository';
import type { ActivationService } from './activation.service';

export const activationRoutes: FastifyPluginAsyncZod<{
  activation: ActivationService;
  db: Executor;
}> = async (app, { activation, db }) => {
  app.post(
    '/api/activation',
    {
      config: { public: true },
      bodyLimit: 4 * 1024,
      schema: {
        tags: ['activation'],
        summary: 'Activare aplicație de raportare (desktop) / activates a desktop installation',
        security: [],
        body: activationRequestSchema,
        response: {
          200: activationResultSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (request) => activation.activate(request.body, request.ip),
  );

  app.get(
    '/api/providers/:id/installations',
    {
      config: { right: 'PROVIDERS_VIEW' },
      schema: {
        tags: ['activation'],
        summary: 'Instalările activate ale furnizorului / activated installations',
        params: idParamsSchema,
        response: { 200: z.array(installationSchema), 403: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      await loadVisibleProvider(db, staffOf(request), request.params.id);
      const rows = await listInstallations(db, request.params.id);
      return rows.map((row) => ({ ...row, activatedAt: new Date(row.activatedAt).toISOString() }));
    },
  );
};
