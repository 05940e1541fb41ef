import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Notifications } from './ocsp-cache';
import { MAX_OCSP_REQUEST_BYTES, type OcspResponder } from './ocsp-codec';
import type { OcspAnswer, OcspResponderService } from './ocsp-responder.service';

const OCSP_RESPONSE_TYPE = 'application/ocsp-response';

// The RFC 6960 HTTP binding: POST application/ocsp-request, or GET /ocsp/{url-encoded base64 DER}.
// Errors are OCSP error responses (malformedRequest …) with HTTP 200, as clients expect. The
// answers are DER for OCSP clients, never rendered by a browser: helmet's page headers (CSP …),
// computed per request, are left out of them (nosniff is kept).

export const ocspRoutes: FastifyPluginAsync<{
  service: OcspResponderService;
  responder: OcspResponder;
  responderPem: string;
  /** The database's notifications; without them nothing is cached (every answer read afresh). */
  notifications?: Notifications;
}> = async (app, { service, responder, responderPem, notifications }) => {
  if (notifications) {
    const unlisten = await service.listen(notifications);
    app.addHook('onClose', unlisten);
  }
  app.addContentTypeParser(
    'application/ocsp-request',
    { parseAs: 'buffer', bodyLimit: MAX_OCSP_REQUEST_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/ocsp/responder.pem',
    { config: { public: true }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('application/x-pem-file').header('cache-control', 'public, max-age=3600').send(responderPem),
  );

  app.post(
    '/ocsp',
    { config: { public: true }, bodyLimit: MAX_OCSP_REQUEST_BYTES, schema: { hide: true }, helmet: false },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        return send(reply, { body: responder.errorResponse('malformedRequest'), cache: null });
      return send(reply, await service.answer(request.body));
    },
  );

  app.get<{ Params: { '*': string } }>(
    '/ocsp/*',
    { config: { public: true }, schema: { hide: true }, helmet: false },
    async (request, reply) => {
      const path = request.params['*'];
      let answer = await service.cachedAnswer(path);
      if (!answer) {
        const der = decodeGetRequest(path);
        if (!der) return send(reply, { body: responder.errorResponse('malformedRequest'), cache: null });
        answer = await service.answer(der, path);
      }
      if (answer.cache && request.headers['if-none-match'] === answer.cache.etag) {
        return reply.code(304).header('etag', answer.cache.etag).send();
      }
      return send(reply, answer);
    },
  );
};

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
