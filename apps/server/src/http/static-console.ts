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
    const url = request.url;
    if (url.startsWith('/api/') || url.startsWith('/ocsp') || path.extname(url.split('?')[0] ?? '') !== '') {
      return reply.callNotFound();
    }
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
