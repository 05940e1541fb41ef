import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DesktopError } from '../errors/desktop-error';

export const SESSION_COOKIE = 'siui_desktop';

/** The per-launch secrets: `launchSecret` rides in the window's first URL, `sessionToken` in the cookie. */
export interface LocalSecrets {
  launchSecret: string;
  sessionToken: string;
}

export function newLocalSecrets(): LocalSecrets {
  return {
    launchSecret: randomBytes(24).toString('base64url'),
    sessionToken: randomBytes(32).toString('base64url'),
  };
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Who may talk to the local server. Other programs on this computer (and web pages in the user's
 * browser) can reach 127.0.0.1 too, so:
 * - the Host header must name this server (a DNS-rebinding page would send its own host name);
 * - the window opens `/?k=<launch secret>`, which is exchanged for an httpOnly, SameSite=Strict
 *   cookie and removed from the address bar; every other request, whatever its path, needs that
 *   cookie: the router decodes `%61pi` into `api`, so no check may depend on how the URL is spelt;
 * - a state-changing call must come from this origin (Origin / Sec-Fetch-Site).
 */
export function installLocalAccess(app: FastifyInstance, secrets: LocalSecrets, port: () => number): void {
  const allowedHosts = () => [`127.0.0.1:${port()}`, `localhost:${port()}`];
  const allowedOrigins = () => allowedHosts().map((host) => `http://${host}`);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!allowedHosts().includes(request.headers.host ?? '')) {
      return reply.code(421).type('text/plain; charset=utf-8').send('Host not allowed');
    }
    if (isLaunchExchange(request)) {
      const launch = (request.query as Record<string, unknown>).k;
      if (typeof launch !== 'string' || !sameSecret(launch, secrets.launchSecret)) {
        throw new DesktopError('LOCAL_ACCESS_DENIED');
      }
      return reply
        .header('set-cookie', `${SESSION_COOKIE}=${secrets.sessionToken}; HttpOnly; SameSite=Strict; Path=/`)
        .redirect('/', 303);
    }
    if (!sameSecret(cookieValue(request.headers.cookie, SESSION_COOKIE), secrets.sessionToken)) {
      throw new DesktopError('LOCAL_ACCESS_DENIED');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      if (
        (origin && !allowedOrigins().includes(origin)) ||
        (site && site !== 'same-origin' && site !== 'none')
      ) {
        throw new DesktopError('LOCAL_ACCESS_DENIED');
      }
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-content-type-options', 'nosniff');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    // Only the UI's files may be cached; the API and anything no route matched may not.
    if (!isUiFile(request)) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/**
 * The one open door: `GET /?k=…`, spelt exactly as the launch URL spells it. Opening a door needs
 * an exact match (an odd spelling just stays closed); closing one must never depend on spelling.
 */
function isLaunchExchange(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.url.startsWith('/?k=');
}

/** Decided on the route the router matched, not on the raw URL. */
function isUiFile(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && !route.startsWith('/api/') && request.is404 !== true;
}
