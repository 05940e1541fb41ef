import {
  createRoleBodySchema,
  errorBodySchema,
  roleCodeSchema,
  roleSchema,
  updateRoleBodySchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, staffOf } from '../../http/request-context';
import type { RolesService } from './roles.service';

const codeParams = z.object({ code: roleCodeSchema });
const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export const rolesRoutes: FastifyPluginAsyncZod<{ roles: RolesService }> = async (app, { roles }) => {
  app.get(
    '/api/roles',
    {
      config: { right: 'USERS_VIEW' },
      schema: {
        tags: ['roles'],
        summary: 'Roluri și drepturile lor / roles and their rights',
        response: { 200: z.array(roleSchema), 403: errorBodySchema },
      },
    },
    () => roles.list(),
  );

  app.post(
    '/api/roles',
    {
      config: { right: 'ROLES_MANAGE' },
      schema: {
        tags: ['roles'],
        summary: 'Rol nou (CNAS) / new custom role',
        body: createRoleBodySchema,
        response: { 201: roleSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await roles.create(staffOf(request), request.body, actorOf(request))),
  );

  app.patch(
    '/api/roles/:code',
    {
      config: { right: 'ROLES_MANAGE' },
      schema: {
        tags: ['roles'],
        summary: 'Modificare rol (CNAS) / edit a custom role',
        params: codeParams,
        body: updateRoleBodySchema,
        response: { 200: roleSchema, ...errors },
      },
    },
    async (request) => roles.update(staffOf(request), request.params.code, request.body, actorOf(request)),
  );

  app.delete(
    '/api/roles/:code',
    {
      config: { right: 'ROLES_MANAGE' },
      schema: {
        tags: ['roles'],
        summary: 'Ștergere rol (CNAS) / delete a custom role',
        params: codeParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await roles.remove(staffOf(request), request.params.code, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
