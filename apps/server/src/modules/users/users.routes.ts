import {
  createUserBodySchema,
  errorBodySchema,
  idParamsSchema,
  pageOf,
  rightSchema,
  updateUserBodySchema,
  userSchema,
  usersQuerySchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, staffOf } from '../../http/request-context';
import type { UsersService } from './users.service';

const userDetailSchema = userSchema.extend({ rights: z.array(rightSchema) });
const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export const usersRoutes: FastifyPluginAsyncZod<{ users: UsersService }> = async (app, { users }) => {
  app.get(
    '/api/users',
    {
      config: { right: 'USERS_VIEW' },
      schema: {
        tags: ['users'],
        summary: 'Utilizatori interni și externi ai casei / users of the house',
        querystring: usersQuerySchema,
        response: { 200: pageOf(userSchema), 403: errorBodySchema },
      },
    },
    async (request) => users.list(staffOf(request), request.query),
  );

  app.post(
    '/api/users',
    {
      config: { right: 'USERS_MANAGE' },
      schema: {
        tags: ['users'],
        summary: 'Utilizator intern nou / new internal user',
        body: createUserBodySchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await users.create(staffOf(request), request.body, actorOf(request));
      return reply.code(201).send(user);
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { right: 'USERS_VIEW' },
      schema: {
        tags: ['users'],
        summary: 'Detaliu utilizator, cu drepturile rolurilor / user detail with the rights of its roles',
        params: idParamsSchema,
        response: { 200: userDetailSchema, ...errors },
      },
    },
    async (request) => users.get(staffOf(request), request.params.id),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { right: 'USERS_MANAGE' },
      schema: {
        tags: ['users'],
        summary: 'Modificare utilizator intern / edit an internal user',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => users.update(staffOf(request), request.params.id, request.body, actorOf(request)),
  );
};
