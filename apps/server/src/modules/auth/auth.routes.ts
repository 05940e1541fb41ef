import { currentUserSchema, errorBodySchema, loginBodySchema } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffOf } from '../../http/request-context';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './auth.plugin';
import { toCurrentUser } from './auth.presenter';
import type { AuthService } from './auth.service';

export const authRoutes: FastifyPluginAsyncZod<{
  auth: AuthService;
  absoluteSessionSeconds: number;
  /** Production cookies are Secure even when a proxy talks plain HTTP to us. */
  production: boolean;
}> = async (app, { auth, absoluteSessionSeconds, production }) => {
  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Autentificare personal CNAS/CJAS / staff login',
        body: loginBodySchema,
        response: { 200: currentUserSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { rememberMe, ...credentials } = request.body;
      const { token, principal } = await auth.login({
        ...credentials,
        clientIp: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, token, {
        // Without "remember me" the cookie dies with the browser (the server session ends anyway).
        maxAgeSeconds: rememberMe === true ? absoluteSessionSeconds : undefined,
        secure: production || request.protocol === 'https',
      });
      return toCurrentUser(principal);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Ieșire / logout', response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.logout(staffOf(request), request.ip);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Utilizatorul conectat / the logged-in user',
        response: { 200: currentUserSchema, 401: errorBodySchema },
      },
    },
    async (request) => toCurrentUser(staffOf(request)),
  );
};
