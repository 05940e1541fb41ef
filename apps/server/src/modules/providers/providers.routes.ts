import {
  createProviderBodySchema,
  errorBodySchema,
  idParamsSchema,
  pageOf,
  providerSchema,
  providersQuerySchema,
  updateProviderBodySchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, staffOf } from '../../http/request-context';
import type { ProvidersService } from './providers.service';

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export const providersRoutes: FastifyPluginAsyncZod<{ providers: ProvidersService }> = async (
  app,
  { providers },
) => {
  app.get(
    '/api/providers',
    {
      config: { right: 'PROVIDERS_VIEW' },
      schema: {
        tags: ['providers'],
        summary: 'Furnizori / Persoane juridice ai casei / providers of the house',
        description:
          '`code` is an exact (case-insensitive) match; `q` searches code, CUI and name, and `name` the name, ' +
          'ignoring diacritics (Stefan finds Ștefan).',
        querystring: providersQuerySchema,
        response: { 200: pageOf(providerSchema), 400: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => providers.list(staffOf(request), request.query),
  );

  app.post(
    '/api/providers',
    {
      config: { right: 'PROVIDERS_EDIT' },
      schema: {
        tags: ['providers'],
        summary: 'Furnizor nou / new provider',
        body: createProviderBodySchema,
        response: { 201: providerSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await providers.create(staffOf(request), request.body, actorOf(request))),
  );

  app.get(
    '/api/providers/:id',
    {
      config: { right: 'PROVIDERS_VIEW' },
      schema: {
        tags: ['providers'],
        summary: 'Detaliu furnizor / provider detail',
        params: idParamsSchema,
        response: { 200: providerSchema, ...errors },
      },
    },
    async (request) => providers.get(staffOf(request), request.params.id),
  );

  app.patch(
    '/api/providers/:id',
    {
      config: { right: 'PROVIDERS_EDIT' },
      schema: {
        tags: ['providers'],
        summary: 'Modifică furnizor / edit a provider',
        params: idParamsSchema,
        body: updateProviderBodySchema,
        response: { 200: providerSchema, ...errors },
      },
    },
    async (request) => providers.update(staffOf(request), request.params.id, request.body, actorOf(request)),
  );
};
