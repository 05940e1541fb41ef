import { activationKeyEventSchema, errorBodySchema, idParamsSchema } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, staffOf } from '../../http/request-context';
import type { ActivationKeysService, KeyOperation } from './activation-keys.service';

/** These operations take no input: an empty body or `{}`; anything else is a client mistake. */
const noBodySchema = z.object({}).strict().nullish();

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const pdfDescription =
  'Answers application/pdf `generatePassword.pdf`, the usage agreement carrying the new key; ' +
  '403/404/409 as JSON errors.';

export const activationKeysRoutes: FastifyPluginAsyncZod<{ keys: ActivationKeysService }> = async (
  app,
  { keys },
) => {
  const issue = (url: string, operation: KeyOperation, summary: string) =>
    app.post(
      url,
      {
        config: { right: 'ACTIVATION_KEYS_GENERATE' },
        schema: {
          tags: ['activation-keys'],
          summary,
          description: pdfDescription,
          params: idParamsSchema,
          body: noBodySchema,
          // No response schema: the answer is a PDF file, errors are the usual JSON (403/404/409).
        },
      },
      async (request, reply) => {
        const { pdf } = await keys.issue(staffOf(request), request.params.id, operation, actorOf(request));
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', 'attachment; filename="generatePassword.pdf"')
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

  issue(
    '/api/providers/:id/activation-key',
    'generate',
    'Generare parolă (cheie de activare) / generate the key',
  );
  issue(
    '/api/providers/:id/activation-key/reset',
    'reset',
    'Resetare parolă: cheia veche nu mai funcționează / reset the key: the old one dies',
  );

  app.get(
    '/api/providers/:id/activation-keys',
    {
      config: { right: 'PROVIDERS_VIEW' },
      schema: {
        tags: ['activation-keys'],
        summary: 'Istoricul cheilor (niciodată cheia) / key history (never the key)',
        params: idParamsSchema,
        response: { 200: z.array(activationKeyEventSchema), ...errors },
      },
    },
    async (request) => keys.history(staffOf(request), request.params.id),
  );
};
