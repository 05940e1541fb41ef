import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../config/language';
import { DesktopError } from '../errors/desktop-error';
import { type LocalSecrets, sameSecret } from './launch-secrets';

export const SESSION_COOKIE = 'siui_desktop';

/** Where a second `siui-desktop start` asks for a fresh launch URL (see launch-secrets.ts). */
export const INSTANCE_LAUNCH_PATH = '/instance/launch';
export const INSTANCE_CONTROL_HEADER = 'x-siui-instance';

export interface LocalAccessOptions {
  port: () => number;
  language: () => Language;
  /** A launch secret was just used up (its launch page may go). */
  onLaunch?: (secret: string) => void;
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
 * - the window opens `/?k=<launch secret>`, which is exchanged (once: the secret is then used up)
 *   for an httpOnly, SameSite=Strict cookie and removed from the address bar; every other request,
 *   whatever its path, needs that cookie: the router decodes `%61pi` into `api`, so no check may
 *   depend on how the URL is spelt;
 * - `POST /instance/launch` with the instance-control secret mints a launch URL for another window;
 * - a state-changing call must come from this origin (Origin / Sec-Fetch-Site).
 */
export function installLocalAccess(
  app: FastifyInstance,
  secrets: LocalSecrets,
  { port, language, onLaunch }: LocalAccessOptions,
): void {
  const allowedHosts = () => [`127.0.0.1:${port()}`, `localhost:${port()}`];
  const allowedOrigins = () => allowedHosts().map((host) => `http://${host}`);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!allowedHosts().includes(request.headers.host ?? '')) {
      return reply.code(421).type('text/plain; charset=utf-8').send('Host not allowed');
    }
    if (isLaunchExchange(request)) {
      const launch = (request.query as Record<string, unknown>).k;
      if (typeof launch !== 'string' || !secrets.redeemLaunch(launch)) {
        return reply
          .code(401)
          .header('cache-control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(page(new DesktopError('LAUNCH_LINK_USED').describe(language())));
      }
      onLaunch?.(launch);
      // A page that moves on, not a 303: the window comes from a file:// page (launch-file.ts), and
      // Chromium withholds a SameSite=Strict cookie all along a redirect chain begun on another site.
      return reply
        .header('set-cookie', `${SESSION_COOKIE}=${secrets.sessionToken}; HttpOnly; SameSite=Strict; Path=/`)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(page('SIUI Desktop', '<meta http-equiv="refresh" content="0;url=/">'));
    }
    if (request.method === 'POST' && request.url === INSTANCE_LAUNCH_PATH) {
      // Browsers always send an Origin with a POST: this door is for the command line only.
      const answer =
        request.headers.origin === undefined
          ? secrets.answerControl(
              controlHeader(request),
              (launchSecret) => `http://127.0.0.1:${port()}/?k=${launchSecret}`,
            )
          : undefined;
      if (!answer) throw new DesktopError('LOCAL_ACCESS_DENIED');
      return reply.header('cache-control', 'no-store').send(answer);
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

function controlHeader(request: FastifyRequest): string | undefined {
  const value = request.headers[INSTANCE_CONTROL_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/** A page for the window itself; `text` is ours (a catalogue message), never the request's. */
function page(text: string, head = ''): string {
  return `<!doctype html><meta charset="utf-8">${head}<title>SIUI Desktop</title><p>${text}</p>`;
}

/** Decided on the route the router matched, not on the raw URL. */
function isUiFile(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && !route.startsWith('/api/') && request.is404 !== true;
}
