import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../http/app-error';
import type { AuthService } from './auth.service';
import { assertRight } from './policy';

export const SESSION_COOKIE = 'siui_session';

// Secure by default: every /api route needs a live staff session unless it is marked public, and
// the route's declared right is checked before its handler. Services re-check data-dependent rules.

export const authPlugin = fp(
  async (app: FastifyInstance, options: { auth: AuthService }) => {
    app.decorateRequest('principal', undefined);

    app.addHook('onRequest', async (request: FastifyRequest) => {
      const config = request.routeOptions.config;
      const token = request.cookies[SESSION_COOKIE];
      if (config.public) {
        // Public routes still learn who is calling when a session exists (e.g. /api/auth/login).
        return;
      }
      if (!request.routeOptions.url?.startsWith('/api/')) return;
      const principal = token ? await options.auth.authenticate(token) : undefined;
      if (!principal) throw new AppError('UNAUTHENTICATED');
      request.principal = principal;
      if (config.right) assertRight(principal, config.right);
    });
  },
  { name: 'auth', dependencies: ['@fastify/cookie'] },
);

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: { maxAgeSeconds: number | undefined; secure: boolean },
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    path: '/',
    ...(options.maxAgeSeconds === undefined ? {} : { maxAge: options.maxAgeSeconds }),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
}
