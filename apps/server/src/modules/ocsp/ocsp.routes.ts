import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Notifications } from './ocsp-cache';
import { MAX_OCSP_REQUEST_BYTES, type OcspErrorStatus, type OcspResponder } from './ocsp-codec';
import type { OcspRateLimiter } from './ocsp-rate-limit';
import type { OcspAnswer, OcspResponderService } from './ocsp-responder.service';

const OCSP_RESPONSE_TYPE = 'application/ocsp-response';

// The RFC 6960 HTTP binding: POST application/ocsp-request, or GET /ocsp/{url-encoded base64 DER}.
// Errors are OCSP error responses (malformedRequest …) with HTTP 200, as clients expect. The
// answers are DER for OCSP clients, never rendered by a browser: helmet's page headers (CSP …),
// computed per request, are left out of them (nosniff is kept).
//
// What a sender can make us spend is bounded before any work: each address's requests go through
// a token bucket first (over it: tryLater, RFC 6960's "try again later", which OCSP clients read
// as a soft failure and retry; an HTTP 429 would be a transport failure to many of them), then
// anything over MAX_OCSP_REQUEST_BYTES is malformedRequest — a POST body is not even read past
// it — and so are more than MAX_CERT_IDS_PER_REQUEST CertIDs (the codec), all before the caches
// or the database are asked.

/** The longest GET path a request within MAX_OCSP_REQUEST_BYTES can take: base64, every char %XX. */
const MAX_GET_PATH_CHARS = 3 * 4 * Math.ceil(MAX_OCSP_REQUEST_BYTES / 3);

export const ocspRoutes: FastifyPluginAsync<{
  service: OcspResponderService;
  responder: OcspResponder;
  responderPem: string;
  /** The database's notifications; without them nothing is cached (every answer read afresh). */
  notifications?: Notifications;
  limiter: OcspRateLimiter;
}> = async (app, { service, responder, responderPem, notifications, limiter }) => {
  if (notifications) {
    const unlisten = await service.listen(notifications);
    app.addHook('onClose', unlisten);
  }
  app.addContentTypeParser(
    'application/ocsp-request',
    { parseAs: 'buffer', bodyLimit: MAX_OCSP_REQUEST_BYTES },
    (_request, body, done) => done(null, body),
  );
  // A body too large, of another type or cut short is a malformed OCSP request, not a JSON error.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 400 || status >= 500) throw error;
    return sendOcspError(reply, responder, 'malformedRequest');
  });
  const throttle = async (request: FastifyRequest, reply: FastifyReply) => {
    const retryAfter = limiter.take(request.ip);
    if (retryAfter > 0) {
      return sendOcspError(reply.header('retry-after', String(retryAfter)), responder, 'tryLater');
    }
  };

  app.get(
    '/ocsp/responder.pem',
    { config: { public: true }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('application/x-pem-file').header('cache-control', 'public, max-age=3600').send(responderPem),
  );

  app.post(
    '/ocsp',
    {
      config: { public: true },
      bodyLimit: MAX_OCSP_REQUEST_BYTES,
      schema: { hide: true },
      helmet: false,
      onRequest: throttle,
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) return sendOcspError(reply, responder, 'malformedRequest');
      return send(reply, await service.answer(request.body, { cacheable: false }));
    },
  );

  app.get<{ Params: { '*': string } }>(
    '/ocsp/*',
    { config: { public: true }, schema: { hide: true }, helmet: false, onRequest: throttle },
    async (request, reply) => {
      const der = decodeGetRequest(request.params['*']);
      if (!der) return sendOcspError(reply, responder, 'malformedRequest');
      const answer = await service.answer(der, { cacheable: true });
      if (answer.cache && request.headers['if-none-match'] === answer.cache.etag) {
        return reply.code(304).header('etag', answer.cache.etag).send();
      }
      return send(reply, answer);
    },
  );
};

/** An OCSP error response: unsigned, never kept by anyone. */
function sendOcspError(reply: FastifyReply, responder: OcspResponder, status: OcspErrorStatus): FastifyReply {
  return send(reply, { body: responder.errorResponse(status), cache: null });
}

function send(reply: FastifyReply, answer: OcspAnswer): FastifyReply {
  reply.type(OCSP_RESPONSE_TYPE).header('x-content-type-options', 'nosniff');
  if (answer.cache) {
    const { maxAgeSeconds, etag, producedAt } = answer.cache;
    reply
      .header('cache-control', `public, max-age=${maxAgeSeconds}, no-transform, must-revalidate`)
      .header('etag', etag)
      .header('last-modified', producedAt.toUTCString())
      .header('expires', new Date(Date.now() + maxAgeSeconds * 1000).toUTCString());
  } else {
    reply.header('cache-control', 'no-store');
  }
  return reply.send(Buffer.from(answer.body));
}

/** The path after /ocsp/: URL-encoded standard base64, sometimes with its slashes left as they are. */
function decodeGetRequest(path: string): Uint8Array | null {
  if (path.length > MAX_GET_PATH_CHARS) return null;
  let text: string;
  try {
    text = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (text.length === 0 || text.length > (MAX_OCSP_REQUEST_BYTES * 4) / 3 + 4) return null;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  return new Uint8Array(Buffer.from(text.replaceAll('-', '+').replaceAll('_', '/'), 'base64'));
}
