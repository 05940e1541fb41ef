import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function installSecurity(
  app: FastifyInstance,
  options: { servesTls: boolean } = { servesTls: false },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS into <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Over plain HTTP (127.0.0.1 by default) HSTS belongs to the TLS proxy; with our own TLS we say it.
    strictTransportSecurity: options.servesTls
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false }
      : false,
    crossOriginEmbedderPolicy: false,
  });

  // Cookie-authenticated mutations must come from our own pages. Browsers always say where a
  // request comes from (Sec-Fetch-Site, Origin); scripts and API clients send neither and have no
  // ambient cookie to abuse.
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !mayReachApi(request)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw new AppError('CROSS_SITE_REQUEST');
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        throw new AppError('CROSS_SITE_REQUEST');
      }
      if (originHost !== request.headers.host) throw new AppError('CROSS_SITE_REQUEST');
    } else if (origin === 'null') {
      throw new AppError('CROSS_SITE_REQUEST');
    }
  });

  // Staff data (CNPs, keys, logs) must not stay in a shared cache or the browser's history.
  app.addHook('onSend', async (request, reply, payload) => {
    if (mayReachApi(request) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/**
 * Whether the request may reach an /api handler, decided on the route the router matched: it
 * decodes `%61pi` into `api`, so the raw URL says nothing. A request no route matched is treated
 * as API too (it only reaches the 404 handler, and must not learn more there).
 */
export function mayReachApi(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route === undefined || request.is404 || route.startsWith('/api/');
}
