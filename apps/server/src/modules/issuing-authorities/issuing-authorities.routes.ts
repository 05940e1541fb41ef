import {
  createIssuingAuthorityBodySchema,
  errorBodySchema,
  idParamsSchema,
  issuingAuthoritySchema,
  updateIssuingAuthorityBodySchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/request-context';
import type { IssuingAuthoritiesService } from './issuing-authorities.service';

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export const issuingAuthoritiesRoutes: FastifyPluginAsyncZod<{
  authorities: IssuingAuthoritiesService;
}> = async (app, { authorities }) => {
  app.get(
    '/api/issuing-authorities',
    {
      config: { right: 'ISSUING_AUTHORITIES_VIEW' },
      schema: {
        tags: ['issuing-authorities'],
        summary: 'Autorități emitente (CJAS: doar vizualizare) / issuing authorities',
        response: { 200: z.array(issuingAuthoritySchema), 403: errorBodySchema },
      },
    },
    () => authorities.list(),
  );

  app.post(
    '/api/issuing-authorities',
    {
      config: { right: 'ISSUING_AUTHORITIES_MANAGE' },
      bodyLimit: 512 * 1024,
      schema: {
        tags: ['issuing-authorities'],
        summary: 'Autoritate emitentă nouă, din certificatul CA (CNAS) / new issuing authority (CNAS)',
        body: createIssuingAuthorityBodySchema,
        response: { 201: issuingAuthoritySchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await authorities.create(request.body, actorOf(request))),
  );

  app.get(
    '/api/issuing-authorities/:id',
    {
      config: { right: 'ISSUING_AUTHORITIES_VIEW' },
      schema: {
        tags: ['issuing-authorities'],
        summary: 'Detaliu autoritate emitentă / issuing authority detail',
        params: idParamsSchema,
        response: { 200: issuingAuthoritySchema, ...errors },
      },
    },
    async (request) => authorities.get(request.params.id),
  );

  app.patch(
    '/api/issuing-authorities/:id',
    {
      config: { right: 'ISSUING_AUTHORITIES_MANAGE' },
      schema: {
        tags: ['issuing-authorities'],
        summary: 'Modificare autoritate emitentă (CNAS) / edit an issuing authority (CNAS)',
        params: idParamsSchema,
        body: updateIssuingAuthorityBodySchema,
        response: { 200: issuingAuthoritySchema, ...errors },
      },
    },
    async (request) => authorities.update(request.params.id, request.body, actorOf(request)),
  );
};
