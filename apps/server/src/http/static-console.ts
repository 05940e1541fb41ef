import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

// The built staff console (apps/web/dist) at `/`. Client-side routes fall back to index.html.
export async function installStaticConsole(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Hashed asset names never change content; index.html must always be fresh.
        res.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    if (!isConsolePage((request.params as { '*'?: string })['*'] ?? '')) return reply.callNotFound();
    if (!built) {
      return reply
        .type('text/plain; charset=utf-8')
        .code(503)
        .send(
          'Consola nu este construită: rulați `npm run build`. / The console is not built: run `npm run build`.',
        );
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

/**
 * Whether a path (the wildcard, already decoded by the router) is one of the console's own pages.
 * Read as a browser or proxy might normalise it — `//API/./x`, `/x/../api` — so that no spelling of
 * an API or OCSP path is ever answered with the console's page.
 */
export function isConsolePage(decodedPath: string): boolean {
  const normalised = path.posix.normalize(`/${decodedPath}`).replace(/^\/+/, '').toLowerCase();
  const first = normalised.split('/')[0] ?? '';
  return first !== 'api' && first !== 'ocsp' && path.posix.extname(normalised) === '';
}
